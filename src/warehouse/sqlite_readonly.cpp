#include "warehouse/sqlite_readonly.h"

#include <cstring>

#include "core/job.h"
#include "sqlite3.h"

namespace starcart {

namespace {

int authorizer_callback(void* self, int action, const char* a, const char* b, const char*, const char*) {
  return static_cast<ReadOnlyGuard*>(self)->authorize(action, a, b);
}

int progress_callback(void* self) { return static_cast<ReadOnlyGuard*>(self)->progress(); }

// PRAGMAs that report, whatever their argument (a table or index name).
const char* const kReportingPragmas[] = {
    "table_info", "table_xinfo", "table_list",    "index_list",  "index_info",     "index_xinfo",
    "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "collation_list",
    "database_list", "function_list", "module_list", "pragma_list", "compile_options"};
// PRAGMAs that read a setting when given no value (with one, they would set it).
const char* const kSettingPragmas[] = {
    "page_size", "page_count", "freelist_count", "user_version", "application_id", "schema_version", "encoding",
    "foreign_keys", "query_only", "cache_size", "journal_mode", "auto_vacuum", "data_version", "max_page_count"};

bool listed(const char* name, const char* const* list, size_t n) {
  for (size_t k = 0; k < n; ++k)
    if (sqlite3_stricmp(name, list[k]) == 0) return true;
  return false;
}

const char* action_name(int action) {
  switch (action) {
    case SQLITE_INSERT: return "INSERT into";
    case SQLITE_UPDATE: return "UPDATE of";
    case SQLITE_DELETE: return "DELETE from";
    case SQLITE_CREATE_TABLE: case SQLITE_CREATE_TEMP_TABLE: return "CREATE TABLE";
    case SQLITE_CREATE_INDEX: case SQLITE_CREATE_TEMP_INDEX: return "CREATE INDEX";
    case SQLITE_CREATE_VIEW: case SQLITE_CREATE_TEMP_VIEW: return "CREATE VIEW";
    case SQLITE_CREATE_TRIGGER: case SQLITE_CREATE_TEMP_TRIGGER: return "CREATE TRIGGER";
    case SQLITE_CREATE_VTABLE: return "CREATE VIRTUAL TABLE";
    case SQLITE_DROP_TABLE: case SQLITE_DROP_TEMP_TABLE: return "DROP TABLE";
    case SQLITE_DROP_INDEX: case SQLITE_DROP_TEMP_INDEX: return "DROP INDEX";
    case SQLITE_DROP_VIEW: case SQLITE_DROP_TEMP_VIEW: return "DROP VIEW";
    case SQLITE_DROP_TRIGGER: case SQLITE_DROP_TEMP_TRIGGER: return "DROP TRIGGER";
    case SQLITE_DROP_VTABLE: return "DROP VIRTUAL TABLE";
    case SQLITE_ALTER_TABLE: return "ALTER TABLE";
    case SQLITE_ATTACH: return "ATTACH";
    case SQLITE_DETACH: return "DETACH";
    case SQLITE_TRANSACTION: return "a transaction:";
    case SQLITE_SAVEPOINT: return "SAVEPOINT";
    case SQLITE_ANALYZE: return "ANALYZE";
    case SQLITE_REINDEX: return "REINDEX";
    case SQLITE_PRAGMA: return "PRAGMA";
    default: return "this statement";
  }
}

}  // namespace

ReadOnlyGuard::ReadOnlyGuard(Database& db, double budget_ms, const bool* cancel)
    : db_(db), deadline_ms_(now_ms() + budget_ms), budget_ms_(budget_ms), cancel_(cancel) {
  sqlite3_exec(db_.handle(), "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
  sqlite3_set_authorizer(db_.handle(), authorizer_callback, this);
  sqlite3_progress_handler(db_.handle(), 1000, progress_callback, this);
}

ReadOnlyGuard::~ReadOnlyGuard() {
  sqlite3_progress_handler(db_.handle(), 0, nullptr, nullptr);
  sqlite3_set_authorizer(db_.handle(), nullptr, nullptr);
  sqlite3_exec(db_.handle(), "PRAGMA query_only = 0", nullptr, nullptr, nullptr);
}

int ReadOnlyGuard::authorize(int action, const char* a, const char* b) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;
    case SQLITE_PRAGMA:
      if (a && listed(a, kReportingPragmas, sizeof kReportingPragmas / sizeof *kReportingPragmas)) return SQLITE_OK;
      if (a && !b && listed(a, kSettingPragmas, sizeof kSettingPragmas / sizeof *kSettingPragmas)) return SQLITE_OK;
      refused_ = std::string("PRAGMA ") + (a ? a : "") + (b ? std::string(" = ") + b : std::string());
      return SQLITE_DENY;
    default:
      // DROP asks to delete from the schema table before it names itself.
      if (a && (sqlite3_stricmp(a, "sqlite_master") == 0 || sqlite3_stricmp(a, "sqlite_schema") == 0 ||
                sqlite3_stricmp(a, "sqlite_temp_master") == 0)) {
        refused_ = "changing the schema";
        return SQLITE_DENY;
      }
      refused_ = action_name(action);
      if (a && action != SQLITE_ATTACH) refused_ += std::string(" ") + a;
      return SQLITE_DENY;
  }
}

int ReadOnlyGuard::progress() {
  if ((cancel_ && *cancel_) || now_ms() > deadline_ms_) {
    timed_out_ = !(cancel_ && *cancel_);
    return 1;  // SQLite stops the statement with SQLITE_INTERRUPT
  }
  return 0;
}

}  // namespace starcart
