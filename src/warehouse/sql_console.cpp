#include "warehouse/sql_console.h"

#include "core/format.h"
#include "core/job.h"
#include "warehouse/sqlite_readonly.h"

namespace starcart {

namespace {

// SQLite gives no position for some errors: point at the name it names
// ("no such table: X"), or at the end for incomplete input.
void locate(Error& e, std::string_view sql) {
  if (e.where.file == "sql") return;
  if (e.message == "incomplete input") {
    e.where = sql_position(sql, sql.size());
    return;
  }
  for (const char* prefix : {"no such table: ", "no such function: ", "no such view: ", "no such module: "}) {
    const std::string_view p(prefix);
    if (e.message.compare(0, p.size(), p) != 0) continue;
    std::string name = e.message.substr(p.size());
    if (auto dot = name.find('.'); dot != std::string::npos) name = name.substr(dot + 1);
    auto lower = [](std::string t) {
      for (char& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      return t;
    };
    const size_t at = lower(std::string(sql)).find(lower(name));
    if (at != std::string::npos) e.where = sql_position(sql, at);
    return;
  }
}

Error console_error(std::string message, std::string_view sql, size_t at, const char* hint) {
  Error e = make_error(ErrorCode::kSql, std::move(message), sql_position(sql, at));
  e.hint = hint;
  return e;
}

// The statement a user typed, compiled under the guard, or why not.
Result<Statement> compile(Database& db, std::string_view sql, ReadOnlyGuard& guard) {
  size_t tail = 0;
  auto st = db.prepare(sql, &tail);
  if (!st) {
    Error e = st.take_error();
    if (!guard.refused().empty()) {
      e.code = ErrorCode::kSqlReadOnly;
      e.message = "the SQL console is read-only: " + guard.refused() + " is not allowed";
      e.hint = error_code_hint(e.code);
    }
    locate(e, sql);
    return e;
  }
  if (!st->handle()) return console_error("there is no SQL statement to run", sql, 0, "Type a SELECT statement.");
  // Only one statement: what follows must be spaces and comments.
  size_t rest_end = 0;
  auto rest = db.prepare(sql.substr(tail), &rest_end);
  if (!rest || rest->handle()) {
    size_t at = tail;
    while (at < sql.size() && (sql[at] == ' ' || sql[at] == '\n' || sql[at] == '\r' || sql[at] == '\t' || sql[at] == ';'))
      ++at;
    return console_error("the console runs one statement at a time", sql, at, "Remove what follows the first statement.");
  }
  // SQLite's own verdict on the compiled program (VACUUM has no authorizer action).
  if (!st->readonly())
    return make_error(ErrorCode::kSqlReadOnly, "the SQL console is read-only: this statement would change the database",
                      sql_position(sql, 0));
  return std::move(*st);
}

Error step_error(Error e, const ReadOnlyGuard& guard) {
  if (e.code == ErrorCode::kSqlInterrupted && guard.timed_out()) {
    e.message = "the query ran longer than " + format_duration(guard.budget_ms() / 1000.0) + " and was stopped";
    e.hint = error_code_hint(e.code);
  } else if (e.code == ErrorCode::kSqlInterrupted) {
    e.message = "the query was cancelled";
  } else if (e.code == ErrorCode::kSqlReadOnly) {
    e.message = "the SQL console is read-only: " + (guard.refused().empty() ? e.message : guard.refused() + " is not allowed");
  }
  return e;
}

std::vector<QueryColumn> columns_of(const Statement& st) {
  std::vector<QueryColumn> out;
  for (int c = 0; c < st.column_count(); ++c) out.push_back(QueryColumn{st.column_name(c), std::string(st.column_decltype(c))});
  return out;
}

}  // namespace

Result<QueryResult> run_query(Database& db, std::string_view sql, const QueryOptions& options) {
  const double started = now_ms();
  ReadOnlyGuard guard(db, options.time_budget_ms, options.cancel);
  auto st = compile(db, sql, guard);
  if (!st) return st.take_error();
  QueryResult r;
  r.columns = columns_of(*st);
  r.page = std::max<int64_t>(0, options.page);
  r.page_size = std::max<int64_t>(0, options.page_size);
  r.first_row = r.page_size > 0 ? r.page * r.page_size : 0;
  int64_t seen = 0;
  double count_deadline = 0;
  for (;;) {
    auto row = st->step();
    if (!row) return step_error(row.take_error(), guard);
    if (!*row) break;
    if (seen >= r.first_row && (r.page_size == 0 || seen < r.first_row + r.page_size)) {
      std::vector<SqlValue> values;
      values.reserve(r.columns.size());
      for (int c = 0; c < static_cast<int>(r.columns.size()); ++c) values.push_back(st->column_value(c));
      r.rows.push_back(std::move(values));
    }
    ++seen;
    if (r.page_size > 0 && seen == r.first_row + r.page_size) count_deadline = now_ms() + options.count_budget_ms;
    // Past the page: count on while it is cheap.
    if (count_deadline > 0 && seen > r.first_row + r.page_size && (seen & 255) == 0 && now_ms() > count_deadline) {
      r.has_more = true;
      r.elapsed_ms = now_ms() - started;
      return r;
    }
  }
  r.total_rows = seen;
  r.has_more = r.page_size > 0 && seen > r.first_row + r.page_size;
  r.elapsed_ms = now_ms() - started;
  return r;
}

Status for_each_row(Database& db, std::string_view sql, double time_budget_ms,
                    const std::function<void(const std::vector<QueryColumn>&)>& header,
                    const std::function<void(const Statement&)>& row) {
  ReadOnlyGuard guard(db, time_budget_ms);
  auto st = compile(db, sql, guard);
  if (!st) return st.take_error();
  header(columns_of(*st));
  for (;;) {
    auto more = st->step();
    if (!more) return step_error(more.take_error(), guard);
    if (!*more) return ok_status();
    row(*st);
  }
}

}  // namespace starcart
