// The SQL console of the Data tab: a multi-line editor, Run (and Ctrl+Enter
// in the editor), a few example queries to click, and the result as a paged
// grid that draws only its visible rows (ImGuiListClipper). Errors show
// SQLite's message with the line and column, the offending line with the
// error's place marked, and why a write was refused. The result exports as
// CSV through the platform's download.
//
// Every statement goes through the warehouse's read-only engine
// (warehouse/sql_console.h): the console never runs SQL of its own, only
// what the user typed or clicked. While SQLite is still being filled the
// editor stays editable and Run waits ("SQLite is being filled: 43 %").
#pragma once

#include <optional>
#include <string>

#include "core/error.h"
#include "ui/platform_services.h"
#include "warehouse/sql_console.h"

namespace starcart {

class JsonWriter;

// What the console knows about the warehouse it queries.
struct SqlTarget {
  Database* db = nullptr;     // nullptr until SQLite is ready
  double fill_fraction = 0;   // progress of the background fill
  bool failed = false;        // the fill failed (no console then)
  std::string failure;
  std::string file_base;      // download names: "<base>-query.csv"
};

class SqlConsole {
 public:
  static constexpr int64_t kPageSize = 500;

  SqlConsole();
  void draw(const SqlTarget& target, PlatformServices& platform);
  // Puts `sql` into the editor (schema browser, examples); the user runs it.
  void set_sql(const std::string& sql);
  // Runs the editor's SQL now (Run, Ctrl+Enter) and shows the first page.
  void run(Database& db);
  // A new dataset: the old result refers to tables that are gone.
  void clear_result();
  // {"sql", "ran", "columns", "rows" (the page's first 50, as text),
  //  "page", "total_rows", "has_more", "error": {message, line, column, read_only}}
  void write_json(JsonWriter& w) const;

 private:
  void load_page(Database& db, int64_t page);
  void draw_toolbar(const SqlTarget& target);
  void draw_error();
  void draw_grid();

  char sql_[16384] = {};
  bool run_requested_ = false;     // Run or Ctrl+Enter this frame
  bool refocus_ = false;           // give the editor the keyboard back after Ctrl+Enter
  int64_t page_request_ = -1;      // a page button pressed this frame
  bool export_db_ = false;         // the result can be exported (SQLite ready)
  bool export_requested_ = false;
  std::string ran_sql_;            // the statement the shown result or error belongs to
  std::optional<QueryResult> result_;
  std::optional<Error> error_;
};

}  // namespace starcart
