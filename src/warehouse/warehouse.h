// The warehouse as one object, for the UI and the CLI: an in-memory SQLite
// database holding the star schema (schema_ddl.h), loads as jobs (a build on
// an empty warehouse, newer exports of the same shop appended afterwards),
// and the read side as plain structs: console queries, the schema browser,
// the data-quality report, the load audit and exports. Callers pass no SQL
// except what a user types into the console.
//
// The free functions it wraps take a Database& and serve code that holds
// one (ui/session.h today).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "warehouse/csv_export.h"
#include "warehouse/data_quality.h"
#include "warehouse/schema_info.h"
#include "warehouse/sql_console.h"
#include "warehouse/star_schema.h"

namespace starcart {

// One input file of one load (load_audit).
struct FileAudit {
  int64_t load_id = 0;
  std::string started_at;
  std::string file_name;
  std::string status;  // "loaded" or "same bytes as an earlier file"
  int64_t rows_read = 0, rows_loaded = 0, rows_rejected = 0, duplicates = 0, excluded_lines = 0;
  int64_t lines_appended = 0, lines_already_loaded = 0;
  double parse_ms = -1;  // -1 when not measured
  bool balanced() const { return rows_read == rows_loaded + rows_rejected + duplicates; }
};

Result<std::vector<FileAudit>> read_load_audit(Database& db);

class Warehouse {
 public:
  // An empty warehouse in memory.
  static Result<Warehouse> create();
  // A warehouse exported before (.sqlite bytes), opened in memory.
  static Result<Warehouse> from_sqlite_bytes(std::string_view bytes);

  // Loads `store` a slice at a time: a build when empty, an append after.
  // `store` must outlive the job, and no query runs while it does.
  std::unique_ptr<StarSchemaJob> load(const FactStore& store, LoadOptions options = {});
  // The same, run to the end (CLI, tests).
  Result<LoadSummary> load_now(const FactStore& store, LoadOptions options = {});

  Result<QueryResult> query(std::string_view sql, const QueryOptions& options = {}) { return run_query(*db_, sql, options); }
  Result<std::vector<SchemaTable>> schema() { return describe_schema(*db_); }
  Result<QualityReport> quality_report() { return read_quality_report(*db_); }
  Result<std::vector<FileAudit>> load_audit() { return read_load_audit(*db_); }

  // The whole warehouse as the bytes of a .sqlite file.
  Result<std::string> export_sqlite() const { return db_->serialize(); }
  Result<std::string> export_table_csv(std::string_view table, const CsvOptions& o = {}) { return table_to_csv(*db_, table, o); }
  Result<std::string> export_query_csv(std::string_view sql, const CsvOptions& o = {}) { return query_to_csv(*db_, sql, o); }

  Database& database() { return *db_; }

 private:
  explicit Warehouse(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  std::unique_ptr<Database> db_;  // a stable address for running jobs
};

}  // namespace starcart
