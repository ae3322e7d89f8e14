#include "warehouse/dq_profile.h"

#include <cstring>

#include "core/hash.h"

namespace starcart {

TableProfiler::TableProfiler(std::string table, std::vector<ProfiledColumn> columns)
    : table_(std::move(table)), spec_(std::move(columns)), columns_(spec_.size()) {}

void TableProfiler::add_row(const Statement& row) {
  ++rows_;
  for (size_t c = 0; c < columns_.size(); ++c) {
    State& s = columns_[c];
    const int i = static_cast<int>(c);
    const int type = row.column_type(i);
    uint64_t h = 0;
    switch (type) {
      case kSqlNull: ++s.nulls; continue;
      case kSqlInteger: {
        const int64_t v = row.column_int64(i);
        h = hash_mix64(static_cast<uint64_t>(v));  // a bijection: exact for integers
        if (!s.has_int || v < s.min_int) s.min_int = v;
        if (!s.has_int || v > s.max_int) s.max_int = v;
        s.has_int = true;
        if (spec_[c].keep_values) s.values.insert(static_cast<uint64_t>(v) ^ kValueFlip);
        break;
      }
      case kSqlFloat: {
        const double v = row.column_double(i);
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        h = hash_mix64(bits ^ 0x5bd1e9955bd1e995ULL);
        if (!s.has_real || v < s.min_real) s.min_real = v;
        if (!s.has_real || v > s.max_real) s.max_real = v;
        s.has_real = true;
        break;
      }
      case kSqlText: {
        const std::string_view v = row.column_text(i);
        h = hash_string(v, 1);
        if (!s.has_text || v < s.min_text) s.min_text.assign(v.data(), v.size());
        if (!s.has_text || v > s.max_text) s.max_text.assign(v.data(), v.size());
        s.has_text = true;
        break;
      }
      default: {  // blob
        const std::string_view v = row.column_text(i);
        h = hash_string(v, 2);
        if (!s.has_blob || v < s.min_blob) s.min_blob.assign(v.data(), v.size());
        if (!s.has_blob || v > s.max_blob) s.max_blob.assign(v.data(), v.size());
        s.has_blob = true;
        break;
      }
    }
    if (spec_[c].rowid_alias) continue;  // distinct by construction
    if (type == s.last_type && h == s.last_hash) continue;  // runs of one value (sorted or repeated keys)
    s.last_type = type;
    s.last_hash = h;
    if (h == UINT64_MAX) s.has_special = true;
    else s.distinct.insert(h);
  }
}

std::vector<ColumnStats> TableProfiler::finish() const {
  std::vector<ColumnStats> out;
  for (size_t c = 0; c < columns_.size(); ++c) {
    const State& s = columns_[c];
    ColumnStats p;
    p.table = table_;
    p.column = spec_[c].name;
    p.declared_type = spec_[c].declared_type;
    p.rows = rows_;
    p.nulls = s.nulls;
    p.null_share = rows_ > 0 ? static_cast<double>(s.nulls) / static_cast<double>(rows_) : 0.0;
    p.distinct = spec_[c].rowid_alias ? rows_ - s.nulls : s.distinct.size() + (s.has_special ? 1 : 0);
    // SQLite's order: numbers < text < blob.
    const bool numeric = s.has_int || s.has_real;
    if (numeric) {
      if (s.has_int && (!s.has_real || static_cast<double>(s.min_int) <= s.min_real)) p.min = SqlValue::of_integer(s.min_int);
      else p.min = SqlValue::of_real(s.min_real);
    } else if (s.has_text) {
      p.min = SqlValue::of_text(s.min_text);
    } else if (s.has_blob) {
      p.min = SqlValue::of_blob(s.min_blob);
    }
    if (s.has_blob) p.max = SqlValue::of_blob(s.max_blob);
    else if (s.has_text) p.max = SqlValue::of_text(s.max_text);
    else if (numeric) {
      if (s.has_int && (!s.has_real || static_cast<double>(s.max_int) >= s.max_real)) p.max = SqlValue::of_integer(s.max_int);
      else p.max = SqlValue::of_real(s.max_real);
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace starcart
