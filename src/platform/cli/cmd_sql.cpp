// starcart sql shop.sqlite "SELECT ..." [--csv] [--page N] [--page-size N] [--timeout-ms N]
// starcart sql shop.sqlite --schema
// Runs one statement through the console's read-only engine (the page's SQL
// console runs the same code): a table for people, --csv for programs (every
// row, RFC 4180). Writes are refused with the engine's message.
#include <algorithm>
#include <cstdio>

#include "core/format.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"
#include "warehouse/csv_export.h"
#include "warehouse/schema_info.h"
#include "warehouse/sql_console.h"

namespace starcart::cli {

namespace {

constexpr size_t kMaxWidth = 40;

// Display width of UTF-8 text: one column per code point.
size_t width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string clip(const std::string& s) {
  if (width(s) <= kMaxWidth) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n > kMaxWidth - 1) break;
    out += s[i];
  }
  return out + "\xE2\x80\xA6";  // …
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

void print_table(const QueryResult& r) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> w;
  for (const QueryColumn& c : r.columns) w.push_back(width(c.name));
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < row.size(); ++c) {
      line.push_back(row[c].is_null() ? "NULL" : clip(one_line(row[c].to_string())));
      w[c] = std::max(w[c], width(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto pad = [](const std::string& s, size_t to, bool right) {
    const std::string fill(to - width(s), ' ');
    return right ? fill + s : s + fill;
  };
  for (size_t c = 0; c < r.columns.size(); ++c) std::printf("%s%s", c ? "  " : "", pad(r.columns[c].name, w[c], false).c_str());
  std::printf("\n");
  for (size_t c = 0; c < r.columns.size(); ++c) std::printf("%s%s", c ? "  " : "", std::string(w[c], '-').c_str());
  std::printf("\n");
  for (size_t k = 0; k < cells.size(); ++k) {
    for (size_t c = 0; c < cells[k].size(); ++c) {
      const auto t = r.rows[k][c].type;
      const bool number = t == SqlValue::Type::kInteger || t == SqlValue::Type::kReal;
      std::printf("%s%s", c ? "  " : "", pad(cells[k][c], w[c], number).c_str());
    }
    std::printf("\n");
  }
  const int64_t first = r.first_row + 1, last = r.first_row + static_cast<int64_t>(r.rows.size());
  if (r.total_rows >= 0 && !r.has_more && r.first_row == 0)
    std::printf("(%s row%s, %s)\n", format_count(r.total_rows).c_str(), r.total_rows == 1 ? "" : "s",
                format_duration(r.elapsed_ms / 1000.0).c_str());
  else if (r.total_rows >= 0)
    std::printf("(rows %s-%s of %s; page %lld of %lld)\n", format_count(first).c_str(), format_count(last).c_str(),
                format_count(r.total_rows).c_str(), static_cast<long long>(r.page + 1),
                static_cast<long long>(r.page_size > 0 ? (r.total_rows + r.page_size - 1) / r.page_size : 1));
  else
    std::printf("(rows %s-%s; more follow: --page %lld)\n", format_count(first).c_str(), format_count(last).c_str(),
                static_cast<long long>(r.page + 1));
}

void print_schema(const std::vector<SchemaTable>& tables) {
  for (const SchemaTable& t : tables) {
    std::printf("%s %s", t.kind == SchemaTable::Kind::kView ? "view " : "table", t.name.c_str());
    if (t.rows >= 0) std::printf(" (%s rows)", format_count(t.rows).c_str());
    if (!t.description.empty()) std::printf(": %s", t.description.c_str());
    std::printf("\n");
    for (const SchemaColumn& c : t.columns)
      std::printf("    %-22s %-8s%s%s%s%s\n", c.name.c_str(), c.type.c_str(), c.primary_key ? " key" : "",
                  c.not_null && !c.primary_key ? " not null" : "", c.references.empty() ? "" : " -> ",
                  c.references.c_str());
    for (const std::string& i : t.indexes) std::printf("    index %s\n", i.c_str());
  }
}

// "starcart: sql:1:8: message (hint)" and the line with a caret under the column.
int fail_sql(const Error& e, const std::string& sql) {
  fail(e, 1);
  if (e.where.file != "sql" || e.where.line < 1) return 1;
  size_t start = 0;
  for (int64_t line = 1; line < e.where.line && start != std::string::npos; ++line) {
    start = sql.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return 1;
  const std::string text = one_line(sql.substr(start, sql.find('\n', start) - start));
  std::fprintf(stderr, "  %s\n  %s^\n", text.c_str(), std::string(static_cast<size_t>(std::max<int64_t>(0, e.where.column - 1)), ' ').c_str());
  return 1;
}

Result<int64_t> whole_number(const Args& args, const char* name, int64_t fallback) {
  if (!args.has(name)) return fallback;
  auto v = parse_integer(args.get(name));
  if (!v || *v < 0) return make_error(ErrorCode::kUsage, std::string(name) + " takes a whole number");
  return *v;
}

}  // namespace

int cmd_sql(int argc, char** argv) {
  auto args = parse_args(argc, argv,
                         {{"--csv", false}, {"--schema", false}, {"--page", true}, {"--page-size", true}, {"--timeout-ms", true}});
  if (!args) return fail(args.error(), 2);
  const bool schema = args->has("--schema");
  if (args->positional.size() != (schema ? 1u : 2u))
    return fail(make_error(ErrorCode::kUsage, "usage: starcart sql shop.sqlite \"SELECT ...\" (or --schema)"), 2);
  auto page = whole_number(*args, "--page", 1);
  auto page_size = whole_number(*args, "--page-size", 100);
  auto timeout = whole_number(*args, "--timeout-ms", 5000);
  for (auto* v : {&page, &page_size, &timeout})
    if (!*v) return fail(v->error(), 2);

  auto db = Database::open_file(args->positional[0], /*read_only=*/true);
  if (!db) return fail(db.error());
  if (schema) {
    auto tables = describe_schema(*db);
    if (!tables) return fail(tables.error());
    print_schema(*tables);
    return 0;
  }
  const std::string& sql = args->positional[1];
  if (args->has("--csv")) {
    CsvOptions o;
    o.time_budget_ms = static_cast<double>(*timeout);
    auto csv = query_to_csv(*db, sql, o);
    if (!csv) return fail_sql(csv.error(), sql);
    std::fwrite(csv->data(), 1, csv->size(), stdout);
    return 0;
  }
  QueryOptions q;
  q.page = std::max<int64_t>(1, *page) - 1;
  q.page_size = *page_size;
  q.time_budget_ms = static_cast<double>(*timeout);
  auto result = run_query(*db, sql, q);
  if (!result) return fail_sql(result.error(), sql);
  print_table(*result);
  return 0;
}

}  // namespace starcart::cli
