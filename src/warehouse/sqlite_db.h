// The one place that owns sqlite3* and raw result codes (STYLE 3): RAII for
// connections and statements, SQLite errors turned into Error values with
// the message and the position in the SQL text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "warehouse/sql_value.h"

struct sqlite3;
struct sqlite3_stmt;

namespace starcart {

// Statement::column_type() values (SQLite's fundamental datatypes).
inline constexpr int kSqlInteger = 1, kSqlFloat = 2, kSqlText = 3, kSqlBlob = 4, kSqlNull = 5;

class Statement {
 public:
  Statement() = default;
  Statement(Statement&& o) noexcept : stmt_(o.stmt_), db_(o.db_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  void bind_int64(int i, int64_t v);
  void bind_double(int i, double v);
  void bind_text(int i, std::string_view v);  // copied by SQLite (SQLITE_TRANSIENT)
  void bind_null(int i);
  void bind_value(int i, const SqlValue& v);

  // true: a row is available; false: done. Errors as values.
  Result<bool> step();
  // Steps to the end, calling f() at each row (read the row's columns from
  // this statement).
  template <class F>
  Status each_row(F&& f) {
    for (;;) {
      auto row = step();
      if (!row) return row.take_error();
      if (!*row) return ok_status();
      f();
    }
  }
  void reset();

  int column_count() const;
  std::string column_name(int i) const;
  int column_type(int i) const;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
  int64_t column_int64(int i) const;
  double column_double(int i) const;
  std::string_view column_text(int i) const;
  std::string_view column_decltype(int i) const;
  bool column_is_null(int i) const;
  SqlValue column_value(int i) const;
  bool readonly() const;

  sqlite3_stmt* handle() const { return stmt_; }

 private:
  friend class Database;
  Statement(sqlite3_stmt* s, sqlite3* db) : stmt_(s), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

class Database {
 public:
  Database() = default;
  Database(Database&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Database& operator=(Database&& o) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  static Result<Database> open_memory();
  // Opens a database file (CLI: `starcart sql shop.sqlite`).
  static Result<Database> open_file(const std::string& path, bool read_only);

  Status exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  // Compiles the first statement of `sql`; `*tail` receives the offset where
  // the rest begins. Text with no statement (spaces, comments) gives an
  // empty Statement (handle() == nullptr).
  Result<Statement> prepare(std::string_view sql, size_t* tail);
  // Single integer from a query ("SELECT count(*) FROM t"), for tests and audits.
  Result<int64_t> query_int(std::string_view sql);
  // Whether a table or view of that name exists in the main schema.
  Result<bool> has_table(std::string_view name);

  // The whole database as the bytes of a .sqlite file.
  Result<std::string> serialize() const;
  // Replaces this database's content with serialized bytes.
  Status deserialize(std::string_view bytes);

  sqlite3* handle() const { return db_; }
  explicit operator bool() const { return db_ != nullptr; }

  // The last error of this connection as an Error (message and SQL offset).
  Error last_error(std::string_view sql = {}) const;

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// "name" with inner quotes doubled: a table or column name in SQL text.
std::string quote_identifier(std::string_view name);

// The line and column (1-based) of a byte offset in SQL text, as a Location
// in the file "sql" (what the console's caret points at).
Location sql_position(std::string_view sql, size_t offset);

}  // namespace starcart
