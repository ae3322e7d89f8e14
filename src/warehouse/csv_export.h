// Tables and query results as CSV files (RFC 4180): UTF-8, a header row,
// CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF
// (quotes doubled inside). NULL is an empty field; empty text is "" so the
// two stay apart. Queries run through the read-only console engine.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "warehouse/sql_console.h"

namespace starcart {

struct CsvOptions {
  bool header = true;
  // Columns ending in _e4 (exact money at 1/10,000) written as decimals
  // ("2.55") under their name without the suffix: for spreadsheets.
  bool money_as_decimal = false;
  bool utf8_bom = false;  // for spreadsheet programs that guess the encoding otherwise
  double time_budget_ms = 60000;
};

// One field, quoted when needed.
std::string csv_field(std::string_view text);
// A value as a field (NULL -> empty, empty text -> "").
std::string csv_value(const SqlValue& v);

std::string query_result_to_csv(const QueryResult& result, const CsvOptions& options = {});
// Every row of a table or view. The name is checked against the schema.
Result<std::string> table_to_csv(Database& db, std::string_view table, const CsvOptions& options = {});
// Every row of a query, through the read-only engine.
Result<std::string> query_to_csv(Database& db, std::string_view sql, const CsvOptions& options = {});

}  // namespace starcart
