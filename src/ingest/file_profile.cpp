// Inspection shared by the readers: (1) number style from the sample,
// (2) a type per column, (3) roles from headers and values, (4) the known
// layout's overrides, (5) the file's kind in a dataset. inspect_csv adds the
// CSV steps before them (encoding, dialect, header, sample); json_profile.cpp
// the JSON ones.
#include "ingest/file_profile.h"

#include "ingest/csv_sniffer.h"
#include "ingest/file_kinds.h"
#include "ingest/json_profile.h"

namespace starcart {

namespace {

constexpr size_t kTypeSampleRows = 1000;
constexpr size_t kTypeSampleBytes = 1 << 20;

// (1) Decimal comma ("3,50", "1.234,50") or decimal point: a comma followed
// by one or two digits at the end of a number is a decimal comma; a point in
// that place is a decimal point. Dates (01.12.2010) do not vote.
NumberStyle detect_number_style(const std::vector<std::vector<std::string>>& data, std::string& evidence) {
  int64_t comma = 0, point = 0;
  for (const auto& row : data) {
    for (const std::string& f : row) {
      std::string_view v = trim(f);
      if (v.empty() || v.size() > 32) continue;
      DateParts parts;
      if (parse_date_parts(v, parts)) continue;
      while (!v.empty() && (v.back() < '0' || v.back() > '9')) v.remove_suffix(1);  // "3,50 €"
      size_t start = 0;
      while (start < v.size() && !(v[start] >= '0' && v[start] <= '9')) ++start;  // "R$ "
      v = v.substr(start);
      bool numeric = !v.empty();
      for (char c : v) numeric = numeric && ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == ' ');
      if (!numeric) continue;
      const size_t k = v.find_last_of(".,");
      if (k == std::string_view::npos) continue;
      const size_t tail = v.size() - k - 1;
      if (tail == 0 || tail > 2) continue;
      (v[k] == ',' ? comma : point)++;
    }
  }
  NumberStyle style;
  if (comma > point) {
    style.decimal = ',';
    style.group = '.';
    evidence = std::to_string(comma) + " numbers end in a decimal comma (" + std::to_string(point) +
               " in a decimal point)";
  } else {
    evidence = point ? std::to_string(point) + " numbers end in a decimal point (" + std::to_string(comma) +
                           " in a decimal comma)"
                     : "no decimals in the sample; decimal point assumed";
  }
  return style;
}

std::vector<std::string> transcode_row(const std::vector<std::string>& row, Encoding e, std::string& scratch) {
  if (e != Encoding::kWindows1252) return row;
  std::vector<std::string> out;
  for (const std::string& f : row) out.emplace_back(windows1252_to_utf8(f, scratch));
  return out;
}

}  // namespace

const char* file_format_name(FileFormat f) {
  switch (f) {
    case FileFormat::kCsv: return "CSV";
    case FileFormat::kJsonArray: return "JSON";
    case FileFormat::kNdjson: return "NDJSON";
  }
  return "?";
}

RoleMap FileProfile::roles() const {
  RoleMap m;
  for (size_t c = 0; c < columns.size(); ++c)
    if (columns[c].guess.role != Role::kNone) m[columns[c].guess.role] = static_cast<int>(c);
  return m;
}

int FileProfile::find_column(std::string_view column_name) const {
  for (size_t c = 0; c < columns.size(); ++c)
    if (columns[c].name == column_name) return static_cast<int>(c);
  return -1;
}

bool FileProfile::map_role(Role role, std::string_view column_name) {
  const int target = find_column(column_name);
  if (target < 0) return false;
  for (ColumnProfile& col : columns)
    if (col.guess.role == role && role != Role::kNone) col.guess = RoleGuess{};
  columns[static_cast<size_t>(target)].guess = RoleGuess{role, 1.0, "chosen by the user"};
  std::string reason;
  const LayoutSpec* l = find_layout([&] {
    std::vector<std::string> h;
    for (const ColumnProfile& c : columns) h.push_back(c.name);
    return h;
  }());
  kind = classify_file(roles(), l, kind_reason);
  return true;
}

bool FileProfile::set_date_order(std::string_view column_name, DateOrder order) {
  const int target = find_column(column_name);
  if (target < 0) return false;
  columns[static_cast<size_t>(target)].date_order = order;
  return true;
}

void profile_columns(FileProfile& p, const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& data, std::string_view item_prefix) {
  // (1) Number style, (2) types.
  p.number_style = detect_number_style(data, p.number_style_evidence);
  std::vector<std::vector<std::string_view>> values(header.size());
  for (const auto& row : data)
    for (size_t c = 0; c < header.size(); ++c) values[c].push_back(c < row.size() ? std::string_view(row[c]) : "");
  std::vector<TypeGuess> types;
  for (size_t c = 0; c < header.size(); ++c) types.push_back(infer_column_type(header[c], values[c], p.number_style));
  // (3) Roles.
  RoleDetection roles = detect_column_roles(header, values, types, item_prefix);
  // (4) A known layout's own mapping wins.
  const LayoutSpec* layout = find_layout(header);
  if (layout != nullptr) {
    for (size_t c = 0; c < header.size(); ++c) {
      const std::string norm = normalize_header(header[c]);
      for (const auto& [name, role] : layout->roles) {
        if (name != norm) continue;
        if (role == Role::kNone) {
          if (roles.chosen[c].role != Role::kNone) roles.alternatives[c].insert(roles.alternatives[c].begin(), roles.chosen[c]);
          roles.chosen[c] = RoleGuess{};
          continue;
        }
        for (RoleGuess& g : roles.chosen)  // the role moves here from wherever detection put it
          if (g.role == role) g = RoleGuess{};
        roles.chosen[c] = RoleGuess{role, 0.99, std::string(layout->name) + ": '" + header[c] + "' is its " +
                                                    std::string(role_info(role).label)};
      }
    }
    p.carry_down = layout->carry_down;
  }
  p.columns.clear();
  for (size_t c = 0; c < header.size(); ++c) {
    ColumnProfile col;
    col.name = header[c];
    col.guess = roles.chosen[c];
    col.alternatives = std::move(roles.alternatives[c]);
    col.type = std::move(types[c]);
    for (std::string_view v : values[c])
      if (!trim(v).empty() && col.samples.size() < 5) col.samples.emplace_back(v);
    p.columns.push_back(std::move(col));
  }
  p.preview.clear();
  for (size_t r = 0; r < data.size() && r < 20; ++r) p.preview.push_back(data[r]);
  // (5) Kind.
  p.kind = classify_file(p.roles(), layout, p.kind_reason);
  if (layout != nullptr) p.layout = layout->name;
  else p.layout = std::string("generic ") + file_kind_name(p.kind);
}

Result<FileProfile> inspect_csv(std::string name, std::string_view bytes) {
  return inspect_csv(std::move(name), bytes, static_cast<int64_t>(bytes.size()));
}

Result<FileProfile> inspect_csv(std::string name, std::string_view bytes, int64_t total_bytes) {
  FileProfile p;
  p.name = std::move(name);
  p.bytes = std::max(total_bytes, static_cast<int64_t>(bytes.size()));
  const bool sample_is_file = p.bytes == static_cast<int64_t>(bytes.size());
  p.format = FileFormat::kCsv;
  p.encoding = detect_encoding(bytes);
  std::string decoded;  // UTF-16 sample transcoded; other encodings are read in place
  std::string_view text = bytes.substr(p.encoding.bom_bytes);
  if (p.encoding.encoding == Encoding::kUtf16Le || p.encoding.encoding == Encoding::kUtf16Be) {
    decoded = utf16_to_utf8(text.substr(0, std::min<size_t>(text.size(), 2 * kTypeSampleBytes) & ~size_t{1}),
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
  std::vector<std::string> header;
  if (p.has_header) {
    header = transcode_row(g.sample[0], p.encoding.encoding, scratch);
    for (size_t c = 0; c < header.size(); ++c)
      if (trim(header[c]).empty()) header[c] = "column_" + std::to_string(c + 1);
  } else {
    for (int c = 0; c < g.fields; ++c) header.push_back("column_" + std::to_string(c + 1));
  }
  // A larger sample than the sniffer's for types and roles: up to 1000 rows
  // in the first MB (a row cut by the sample's end is not used).
  std::vector<std::vector<std::string>> data;
  CsvTokenizer tok(p.dialect);
  CsvRow row;
  size_t pos = 0;
  const std::string_view window = text.substr(0, std::min(text.size(), kTypeSampleBytes));
  const bool whole = window.size() == text.size() && sample_is_file;
  bool skip_header = p.has_header;
  while (data.size() < kTypeSampleRows && tok.next(window, pos, whole, row)) {
    if (skip_header) {
      skip_header = false;
      continue;
    }
    if (row.error != ErrorCode::kOk) continue;
    std::vector<std::string> fields(row.fields.begin(), row.fields.end());
    data.push_back(transcode_row(fields, p.encoding.encoding, scratch));
  }
  profile_columns(p, header, data);
  return p;
}

Result<FileProfile> inspect_file(std::string name, std::string_view bytes) {
  if (looks_like_json(bytes)) return inspect_json(std::move(name), bytes);
  return inspect_csv(std::move(name), bytes);
}

std::string missing_order_line_roles(const RoleMap& roles) {
  std::string missing;
  auto need = [&](Role r) {
    if (roles.has(r)) return;
    if (!missing.empty()) missing += ", ";
    missing += role_info(r).label;
  };
  // Without an order id, a customer's lines of one day are one order (CDNOW).
  if (!roles.has(Role::kCustomerId) || !roles.has(Role::kOrderDate)) need(Role::kOrderId);
  need(Role::kOrderDate);
  if (!roles.has(Role::kUnitPrice) && !roles.has(Role::kLineTotal)) need(Role::kUnitPrice);
  return missing;
}

}  // namespace starcart
