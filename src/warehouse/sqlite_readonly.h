// Read-only by construction, for SQL that users type (part of the SQLite
// boundary with sqlite_db.h). While a ReadOnlyGuard lives, SQLite asks it
// about every action of every statement it compiles, and it allows only
// reading: SELECT, reading tables and views, functions, recursive CTEs and
// the PRAGMAs that report (table_info, index_list, ... or a setting read
// without a value). Writes, DDL, ATTACH / DETACH, transactions and PRAGMAs
// that set something are refused when SQLite compiles them, whatever the
// spelling; a compiled statement that SQLite itself marks as writing (VACUUM)
// is refused too. PRAGMA query_only is on meanwhile, a second lock. A progress
// handler stops any statement that runs past the time budget.
#pragma once

#include <string>

#include "warehouse/sqlite_db.h"

namespace starcart {

class ReadOnlyGuard {
 public:
  // `cancel`, when given, is polled too: set it to stop the statement.
  ReadOnlyGuard(Database& db, double budget_ms, const bool* cancel = nullptr);
  ~ReadOnlyGuard();
  ReadOnlyGuard(const ReadOnlyGuard&) = delete;
  ReadOnlyGuard& operator=(const ReadOnlyGuard&) = delete;

  // The last action refused ("INSERT into fact_sales", "ATTACH"), "" if none.
  const std::string& refused() const { return refused_; }
  bool timed_out() const { return timed_out_; }
  double budget_ms() const { return budget_ms_; }

  // Called by SQLite (through C callbacks); public for them only.
  int authorize(int action, const char* a, const char* b);
  int progress();

 private:
  Database& db_;
  double deadline_ms_ = 0, budget_ms_ = 0;
  const bool* cancel_ = nullptr;
  bool timed_out_ = false;
  std::string refused_;
};

}  // namespace starcart
