#include "warehouse/csv_export.h"

#include "core/money.h"

namespace starcart {

namespace {

constexpr const char* kLineEnd = "\r\n";

bool is_money_column(std::string_view name) {
  return name.size() > 3 && name.substr(name.size() - 3) == "_e4";
}

// Writes the header and remembers which columns are money.
class CsvWriter {
 public:
  explicit CsvWriter(const CsvOptions& o) : o_(o) {
    if (o_.utf8_bom) out_ = "\xEF\xBB\xBF";
  }
  void header(const std::vector<QueryColumn>& columns) {
    money_.clear();
    for (const QueryColumn& c : columns) money_.push_back(o_.money_as_decimal && is_money_column(c.name));
    if (!o_.header) return;
    for (size_t c = 0; c < columns.size(); ++c) {
      if (c) out_ += ',';
      const std::string& n = columns[c].name;
      out_ += csv_field(money_[c] ? std::string_view(n).substr(0, n.size() - 3) : std::string_view(n));
    }
    out_ += kLineEnd;
  }
  void row(const std::vector<SqlValue>& values) {
    for (size_t c = 0; c < values.size(); ++c) {
      if (c) out_ += ',';
      if (c < money_.size() && money_[c] && values[c].type == SqlValue::Type::kInteger)
        out_ += money_to_exact_string(values[c].integer);
      else
        out_ += csv_value(values[c]);
    }
    out_ += kLineEnd;
  }
  std::string take() { return std::move(out_); }

 private:
  const CsvOptions& o_;
  std::vector<bool> money_;
  std::string out_;
};

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_value(const SqlValue& v) {
  if (v.type == SqlValue::Type::kText && v.text.empty()) return "\"\"";
  return csv_field(v.to_string());
}

std::string query_result_to_csv(const QueryResult& result, const CsvOptions& options) {
  CsvWriter w(options);
  w.header(result.columns);
  for (const auto& row : result.rows) w.row(row);
  return w.take();
}

Result<std::string> table_to_csv(Database& db, std::string_view table, const CsvOptions& options) {
  auto known = db.has_table(table);
  if (!known) return known.take_error();
  if (!*known) return make_error(ErrorCode::kUsage, "there is no table or view named '" + std::string(table) + "'");
  return query_to_csv(db, "SELECT * FROM " + quote_identifier(table), options);
}

Result<std::string> query_to_csv(Database& db, std::string_view sql, const CsvOptions& options) {
  CsvWriter w(options);
  std::vector<SqlValue> values;
  auto s = for_each_row(
      db, sql, options.time_budget_ms, [&](const std::vector<QueryColumn>& columns) { w.header(columns); },
      [&](const Statement& st) {
        values.clear();
        for (int c = 0; c < st.column_count(); ++c) values.push_back(st.column_value(c));
        w.row(values);
      });
  if (!s) return s.take_error();
  return w.take();
}

}  // namespace starcart
