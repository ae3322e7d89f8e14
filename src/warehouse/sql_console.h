// The SQL console's engine: runs one statement a user typed, read-only by
// construction (sqlite_readonly.h), stopped after a time budget, and returns
// a page of the result with the column names and, when counting the rest is
// cheap, the total number of rows. Errors come back as values with SQLite's
// message and the line and column in the SQL text.
//
// The same engine serves `starcart sql`, the page's console and CSV exports
// of query results.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "warehouse/sql_value.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

struct QueryOptions {
  int64_t page_size = 100;         // rows per page; 0 = every row
  int64_t page = 0;                // 0-based page index
  double time_budget_ms = 5000;    // the statement is interrupted after this
  double count_budget_ms = 200;    // time allowed to count the rows after the page
  const bool* cancel = nullptr;    // polled while the statement runs; true stops it
};

struct QueryColumn {
  std::string name;
  std::string declared_type;  // "" for expressions
};

struct QueryResult {
  std::vector<QueryColumn> columns;
  std::vector<std::vector<SqlValue>> rows;  // this page
  int64_t page = 0, page_size = 0;
  int64_t first_row = 0;    // position of rows[0] in the whole result (0-based)
  int64_t total_rows = -1;  // every row of the result; -1 when counting was not cheap
  bool has_more = false;    // rows exist after this page
  double elapsed_ms = 0;
};

// Runs `sql` (exactly one statement) and returns the requested page.
Result<QueryResult> run_query(Database& db, std::string_view sql, const QueryOptions& options = {});

// Streams every row of `sql` through the same engine (exports): `header`
// receives the columns once, `row` the statement at each row.
Status for_each_row(Database& db, std::string_view sql, double time_budget_ms,
                    const std::function<void(const std::vector<QueryColumn>&)>& header,
                    const std::function<void(const Statement&)>& row);

}  // namespace starcart
