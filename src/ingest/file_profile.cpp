#include "ingest/file_profile.h"

#include "ingest/csv_sniffer.h"
#include "ingest/layouts.h"

namespace starcart {

RoleMap FileProfile::roles() const {
  RoleMap m;
  for (size_t c = 0; c < columns.size(); ++c)
    if (columns[c].guess.role != Role::kNone) m[columns[c].guess.role] = static_cast<int>(c);
  return m;
}

bool FileProfile::map_role(Role role, std::string_view column_name) {
  int target = -1;
  for (size_t c = 0; c < columns.size(); ++c)
    if (columns[c].name == column_name) target = static_cast<int>(c);
  if (target < 0) return false;
  for (ColumnProfile& col : columns)
    if (col.guess.role == role) col.guess = RoleGuess{};
  columns[static_cast<size_t>(target)].guess = RoleGuess{role, 1.0, "chosen by the user"};
  return true;
}

// Decimal comma ("3,50", "1.234,50") or decimal point, from the money
// columns of the sample: a comma followed by one or two digits at the end of
// a value is a decimal comma; a point in that place is a decimal point.
NumberStyle detect_number_style(const std::vector<ColumnProfile>& columns,
                                const std::vector<std::vector<std::string>>& data) {
  int comma = 0, point = 0;
  for (size_t c = 0; c < columns.size(); ++c) {
    if (role_info(columns[c].guess.role).type != RoleType::kMoney) continue;
    for (const auto& row : data) {
      if (c >= row.size()) continue;
      std::string_view v = row[c];
      while (!v.empty() && (v.back() < '0' || v.back() > '9')) v.remove_suffix(1);  // "3,50 €"
      size_t k = v.find_last_of(".,");
      if (k == std::string_view::npos || v.size() - k - 1 > 2 || v.size() - k - 1 == 0) continue;
      (v[k] == ',' ? comma : point)++;
    }
  }
  NumberStyle style;
  if (comma > point) {
    style.decimal = ',';
    style.group = '.';
  }
  return style;
}

Result<FileProfile> inspect_csv(std::string name, std::string_view bytes) {
  FileProfile p;
  p.name = std::move(name);
  p.bytes = static_cast<int64_t>(bytes.size());
  p.encoding = detect_encoding(bytes);
  std::string decoded;  // UTF-16 sample transcoded; other encodings are read in place
  std::string_view text = bytes.substr(p.encoding.bom_bytes);
  if (p.encoding.encoding == Encoding::kUtf16Le || p.encoding.encoding == Encoding::kUtf16Be) {
    decoded = utf16_to_utf8(text.substr(0, std::min<size_t>(text.size(), 262144) & ~size_t{1}),
                            p.encoding.encoding == Encoding::kUtf16Be);
    text = decoded;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return make_error(ErrorCode::kEmptyInput, "the file is empty", Location{p.name});
  DialectGuess g = sniff_csv(text);
  p.dialect = g.dialect;
  p.dialect_evidence = g.evidence;
  p.has_header = g.has_header;
  if (g.sample.empty())
    return make_error(ErrorCode::kEmptyInput, "the file holds no rows", Location{p.name});

  std::string scratch;
  auto utf8 = [&](const std::string& s) {
    return p.encoding.encoding == Encoding::kWindows1252 ? std::string(windows1252_to_utf8(s, scratch)) : s;
  };
  std::vector<std::string> header;
  size_t first_data = 0;
  if (p.has_header) {
    for (const std::string& h : g.sample[0]) header.push_back(utf8(h));
    first_data = 1;
  } else {
    for (int c = 0; c < g.fields; ++c) header.push_back("column_" + std::to_string(c + 1));
  }
  std::vector<std::vector<std::string>> data;
  for (size_t r = first_data; r < g.sample.size(); ++r) {
    std::vector<std::string> row;
    for (const std::string& f : g.sample[r]) row.push_back(utf8(f));
    data.push_back(std::move(row));
  }
  std::vector<RoleGuess> guesses = detect_roles(header, data);
  for (size_t c = 0; c < header.size(); ++c) {
    ColumnProfile col;
    col.name = header[c];
    col.guess = guesses[c];
    for (const auto& row : data)
      if (c < row.size() && !row[c].empty() && col.samples.size() < 5) col.samples.push_back(row[c]);
    p.columns.push_back(std::move(col));
  }
  for (size_t r = 0; r < data.size() && r < 20; ++r) p.preview.push_back(data[r]);
  p.number_style = detect_number_style(p.columns, data);
  p.layout = detect_layout(header);
  return p;
}

std::string missing_order_line_roles(const RoleMap& roles) {
  std::string missing;
  auto need = [&](Role r) {
    if (roles.has(r)) return;
    if (!missing.empty()) missing += ", ";
    missing += role_info(r).label;
  };
  need(Role::kOrderId);
  need(Role::kOrderDate);
  need(Role::kQuantity);
  if (!roles.has(Role::kUnitPrice) && !roles.has(Role::kLineTotal)) need(Role::kUnitPrice);
  return missing;
}

}  // namespace starcart
