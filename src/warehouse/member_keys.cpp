#include "warehouse/member_keys.h"

#include <algorithm>

namespace starcart {

std::string MemberKeys::joined(std::initializer_list<std::string_view> parts) {
  std::string k;
  bool first = true;
  for (std::string_view p : parts) {
    if (!first) k += '\x1f';  // unit separator: never in a CSV value we keep
    k.append(p.data(), p.size());
    first = false;
  }
  return k;
}

Status MemberKeys::load(Database& db, std::string_view select) {
  auto st = db.prepare(select);
  if (!st) return st.take_error();
  const int parts = st->column_count() - 1;
  for (;;) {
    auto row = st->step();
    if (!row) return row.take_error();
    if (!*row) break;
    const int64_t key = st->column_int64(0);
    std::string k;
    for (int p = 0; p < parts; ++p) {
      if (p) k += '\x1f';
      k.append(st->column_text(p + 1));
    }
    if (key > 0) keys_.emplace(std::move(k), key);
    next_ = std::max(next_, key + 1);
  }
  return ok_status();
}

MemberKeys::Found MemberKeys::key_for(std::initializer_list<std::string_view> parts) {
  bool all_null = true;
  for (std::string_view p : parts) all_null = all_null && p.empty();
  if (all_null) return {0, false};
  auto [it, inserted] = keys_.emplace(joined(parts), next_);
  if (inserted) ++next_;
  return {it->second, inserted};
}

int64_t MemberKeys::find(std::initializer_list<std::string_view> parts) const {
  bool all_null = true;
  for (std::string_view p : parts) all_null = all_null && p.empty();
  if (all_null) return 0;
  auto it = keys_.find(joined(parts));
  return it == keys_.end() ? -1 : it->second;
}

}  // namespace starcart
