// The console's engine is read-only by construction: every kind of write is
// refused when SQLite compiles it (and nothing changes), reads work, a slow
// statement is stopped by its time budget, results come in pages and errors
// carry the line and column.
#include <doctest.h>

#include "warehouse/sql_console.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;

namespace {

Database small_warehouse() {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  return test::build_warehouse(s);
}

}  // namespace

TEST_CASE("every kind of write is refused and the warehouse is unchanged") {
  Database db = small_warehouse();
  const uint64_t before = test::hash_all_tables(db);
  const char* writes[] = {
      "INSERT INTO fact_sales (line_key) VALUES (99)",
      "UPDATE fact_sales SET quantity = 0",
      "DELETE FROM fact_sales",
      "DROP TABLE fact_sales",
      "DROP VIEW sales",
      "CREATE TABLE t (x)",
      "CREATE TEMP TABLE t (x)",
      "CREATE INDEX i ON fact_sales(quantity)",
      "CREATE VIEW v AS SELECT 1",
      "CREATE TRIGGER t AFTER INSERT ON fact_sales BEGIN SELECT 1; END",
      "ALTER TABLE fact_sales ADD COLUMN x",
      "ATTACH DATABASE ':memory:' AS other",
      "DETACH DATABASE main",
      "PRAGMA journal_mode = OFF",
      "PRAGMA user_version = 7",
      "PRAGMA query_only = 0",
      "PRAGMA writable_schema = 1",
      "BEGIN",
      "SAVEPOINT s",
      "ANALYZE",
      "REINDEX",
      "VACUUM",
      "VACUUM INTO 'copy.sqlite'",
      "REPLACE INTO dim_date (date_key) VALUES (1)",
      "WITH x AS (SELECT 1) DELETE FROM dim_date",
      "insert into\n  fact_sales(line_key) values (100)",
  };
  for (const char* sql : writes) {
    CAPTURE(sql);
    auto r = run_query(db, sql);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kSqlReadOnly);
    CHECK(r.error().message.find("read-only") != std::string::npos);
  }
  CHECK(test::hash_all_tables(db) == before);
  // The refusal names what was refused.
  CHECK(run_query(db, "DELETE FROM fact_sales").error().message ==
        "the SQL console is read-only: DELETE from fact_sales is not allowed");
  CHECK(run_query(db, "PRAGMA journal_mode = OFF").error().message ==
        "the SQL console is read-only: PRAGMA journal_mode = OFF is not allowed");
  CHECK(run_query(db, "DROP TABLE fact_sales").error().message ==
        "the SQL console is read-only: changing the schema is not allowed");
  CHECK(run_query(db, "CREATE TABLE t (x)").error().message ==
        "the SQL console is read-only: changing the schema is not allowed");
  // The guard is gone afterwards: the loader can write again.
  CHECK(db.exec("CREATE TABLE after_console (x)").ok());
}

TEST_CASE("reads work: SELECT, CTEs, views, reporting PRAGMAs, schema tables") {
  Database db = small_warehouse();
  CHECK(run_query(db, "SELECT count(*) FROM fact_sales")->rows.at(0).at(0) == SqlValue::of_integer(10));
  CHECK(run_query(db, "WITH t AS (SELECT 1 AS x UNION ALL SELECT 2) SELECT sum(x) FROM t")->rows.at(0).at(0) ==
        SqlValue::of_integer(3));
  CHECK(run_query(db, "SELECT count(*) FROM sales")->rows.at(0).at(0) == SqlValue::of_integer(10));
  CHECK(run_query(db, "PRAGMA table_info(fact_sales)")->rows.size() == 19);
  CHECK(run_query(db, "SELECT name FROM pragma_table_info('dim_date') WHERE pk = 1")->rows.at(0).at(0) ==
        SqlValue::of_text("date_key"));
  CHECK(run_query(db, "PRAGMA page_size").ok());
  CHECK(run_query(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'").ok());
  CHECK(run_query(db, "EXPLAIN QUERY PLAN SELECT * FROM fact_sales").ok());
  auto r = run_query(db, "  -- leading comment\nSELECT 1 AS one; -- trailing comment\n");
  REQUIRE(r.ok());
  CHECK(r->columns.at(0).name == "one");
}

TEST_CASE("a slow statement is stopped by its time budget") {
  Database db = small_warehouse();
  QueryOptions o;
  o.time_budget_ms = 50;
  auto r = run_query(db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n", o);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kSqlInterrupted);
  CHECK(r.error().message.find("was stopped") != std::string::npos);
  // The connection is fine afterwards.
  CHECK(q(db, "SELECT count(*) FROM fact_sales") == 10);
}

TEST_CASE("a cancel flag stops a statement") {
  Database db = small_warehouse();
  bool cancel = true;
  QueryOptions o;
  o.cancel = &cancel;
  auto r = run_query(db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n", o);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "the query was cancelled");
}

TEST_CASE("results come in pages, with the total when counting is cheap") {
  Database db = small_warehouse();
  const char* sql = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 250) SELECT x FROM n";
  QueryOptions o;
  o.page_size = 100;
  o.page = 2;
  auto r = run_query(db, sql, o);
  REQUIRE(r.ok());
  CHECK(r->first_row == 200);
  REQUIRE(r->rows.size() == 50);
  CHECK(r->rows.front().at(0) == SqlValue::of_integer(201));
  CHECK(r->rows.back().at(0) == SqlValue::of_integer(250));
  CHECK(r->total_rows == 250);
  CHECK_FALSE(r->has_more);
  o.page = 0;
  r = run_query(db, sql, o);
  REQUIRE(r.ok());
  CHECK(r->rows.size() == 100);
  CHECK(r->has_more);
  CHECK(r->total_rows == 250);
  // Counting past the page stops at its budget: the total is then unknown.
  o.count_budget_ms = 0;
  r = run_query(db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) SELECT x FROM n", o);
  REQUIRE(r.ok());
  CHECK(r->rows.size() == 100);
  CHECK(r->has_more);
  CHECK(r->total_rows == -1);
}

TEST_CASE("errors carry SQLite's message and the line and column") {
  Database db = small_warehouse();
  auto r = run_query(db, "SELECT quantity\nFROM fact_sales\nWHERE nope = 1");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "no such column: nope");
  CHECK(r.error().where.line == 3);
  CHECK(r.error().where.column == 7);
  r = run_query(db, "SELECT *\n  FROM fact_saless");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "no such table: fact_saless");
  CHECK(r.error().where.line == 2);
  CHECK(r.error().where.column == 8);
  r = run_query(db, "SELEC 1");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().where.line == 1);
  CHECK(r.error().where.column == 1);
  r = run_query(db, "SELECT 1; SELECT 2");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "the console runs one statement at a time");
  CHECK(r.error().where.column == 11);
  r = run_query(db, "  -- nothing\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "there is no SQL statement to run");
}

TEST_CASE("values keep their SQL types") {
  Database db = small_warehouse();
  auto r = run_query(db, "SELECT 1, 2.5, 'text', NULL, x'00ff'");
  REQUIRE(r.ok());
  const auto& row = r->rows.at(0);
  CHECK(row[0].type == SqlValue::Type::kInteger);
  CHECK(row[1].type == SqlValue::Type::kReal);
  CHECK(row[1].to_string() == "2.5");
  CHECK(row[2].text == "text");
  CHECK(row[3].is_null());
  CHECK(row[4].type == SqlValue::Type::kBlob);
  CHECK(row[4].to_string() == "00FF");
  CHECK(SqlValue::of_real(0.1).to_string() == "0.1");
  CHECK(SqlValue::of_real(1.0 / 3.0).to_string() == "0.3333333333333333");
}
