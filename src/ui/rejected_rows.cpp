#include "ui/rejected_rows.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return true;
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return lower(a) == lower(b); });
  return it != hay.end();
}

}  // namespace

std::vector<uint32_t> rejected_view(const std::vector<RejectedRow>& rows, RejectedColumn by, bool ascending,
                                    const std::string& search) {
  std::vector<uint32_t> idx;
  for (size_t i = 0; i < rows.size(); ++i) {
    const RejectedRow& r = rows[i];
    if (contains(r.file, search) || contains(r.column_name, search) || contains(r.reason, search) ||
        contains(r.raw, search))
      idx.push_back(static_cast<uint32_t>(i));
  }
  auto key_less = [&](const RejectedRow& a, const RejectedRow& b) -> int {  // -1, 0, 1
    auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
    switch (by) {
      case RejectedColumn::kFile: return cmp(a.file, b.file);
      case RejectedColumn::kLine: return cmp(a.line, b.line);
      case RejectedColumn::kColumn: return cmp(a.column, b.column);
      case RejectedColumn::kReason: return cmp(a.reason, b.reason);
      case RejectedColumn::kRaw: return cmp(a.raw, b.raw);
    }
    return 0;
  };
  sort_rows(idx, [&](uint32_t x, uint32_t y) {
    const RejectedRow& a = rows[x];
    const RejectedRow& b = rows[y];
    const int c = key_less(a, b);
    if (c != 0) return ascending ? c < 0 : c > 0;
    if (a.file != b.file) return a.file < b.file;
    return a.line < b.line;
  });
  return idx;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string rejected_rows_csv(const std::vector<RejectedRow>& rows, bool mask_raw) {
  std::string out = "file,line,column,column_name,code,reason,raw\r\n";
  for (const RejectedRow& r : rows) {
    out += csv_field(r.file) + "," + std::to_string(r.line) + "," + std::to_string(r.column) + "," +
           csv_field(r.column_name) + "," + error_code_name(r.code) + "," + csv_field(r.reason) + "," +
           (mask_raw && !r.raw.empty() ? std::string(kMaskedRaw) : csv_field(r.raw)) + "\r\n";
  }
  return out;
}

}  // namespace starcart
