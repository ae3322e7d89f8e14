// The exported .sqlite bytes open in Debian's sqlite3 command-line program
// with the same tables and row counts (native only: the wasm suite cannot
// start processes). Also: SQL positions and identifier quoting.
#include <doctest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "ingest/demo_shop.h"
#include "support/test_data.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

TEST_CASE("sql_position counts lines and characters") {
  const std::string sql = "SELECT 'caf\xC3\xA9',\n  x";
  CHECK(sql_position(sql, 0).line == 1);
  CHECK(sql_position(sql, 0).column == 1);
  const Location at_x = sql_position(sql, sql.find('x'));
  CHECK(at_x.line == 2);
  CHECK(at_x.column == 3);
  CHECK(sql_position(sql, sql.find(',')).column == 14);  // é is one character
  CHECK(quote_identifier("a\"b") == "\"a\"\"b\"");
}

#ifndef __EMSCRIPTEN__
TEST_CASE("the exported database opens in the sqlite3 program with the same row counts") {
  if (std::system("command -v sqlite3 > /dev/null 2>&1") != 0) {
    MESSAGE("sqlite3 is not installed: skipped");
    return;
  }
  DemoOptions o;
  o.lines = 3000;
  o.seed = 5;
  auto store = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(store.ok());
  Database db = test::build_warehouse(*store);
  std::map<std::string, int64_t> ours;
  {
    auto st = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    REQUIRE(st.ok());
    while (*st->step()) ours[std::string(st->column_text(0))] = 0;
  }
  std::string counts_sql;
  for (auto& [name, count] : ours) {
    count = test::q(db, "SELECT count(*) FROM " + name);
    counts_sql += (counts_sql.empty() ? "" : " UNION ALL ") + std::string("SELECT '") + name + "', count(*) FROM " + name;
  }
  auto bytes = db.serialize();
  REQUIRE(bytes.ok());
  const std::string path = std::string(STARCART_TEST_DATA) + "/../../build/warehouse_export_test.sqlite";
  FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  REQUIRE(std::fwrite(bytes->data(), 1, bytes->size(), f) == bytes->size());
  std::fclose(f);
  const std::string command = "sqlite3 -batch -separator '|' '" + path + "' \"PRAGMA integrity_check; " + counts_sql + ";\"";
  FILE* p = popen(command.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  CHECK(pclose(p) == 0);
  std::remove(path.c_str());
  REQUIRE(out.rfind("ok\n", 0) == 0);  // integrity_check
  std::map<std::string, int64_t> theirs;
  size_t pos = 3;
  while (pos < out.size()) {
    const size_t end = out.find('\n', pos);
    const std::string line = out.substr(pos, end - pos);
    const size_t bar = line.find('|');
    REQUIRE(bar != std::string::npos);
    theirs[line.substr(0, bar)] = std::atoll(line.c_str() + bar + 1);
    pos = end == std::string::npos ? out.size() : end + 1;
  }
  CHECK(theirs == ours);
  CHECK(ours.at("fact_sales") == static_cast<int64_t>(store->lines()));
}
#endif
