// Column profiles past the set's size (TableProfiler::kSpillAt distinct
// values), where keys spill to a vector and runs of consecutive keys to
// ranges: the distinct counts must equal SQLite's count(DISTINCT ...).
#include <doctest.h>

#include <string>

#include "warehouse/dq_profile.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;

TEST_CASE("column profiles: distinct counts past the in-memory set equal count(DISTINCT)") {
  auto db = Database::open_memory();
  REQUIRE(db);
  REQUIRE(db->exec("CREATE TABLE t (n INTEGER, s TEXT)"));
  auto ins = db->prepare("INSERT INTO t VALUES (?1, ?2)");
  REQUIRE(ins);
  bool inserted = true;
  auto add = [&](int64_t n, const std::string& s) {
    ins->bind_int64(1, n);
    ins->bind_text(2, s);
    inserted = inserted && ins->step().ok();
    ins->reset();
  };
  // n: a long run 1..100000 (past the set: it spills), the run again from
  // 50000 to 120000 (overlapping ranges), runs that touch (120001..120010),
  // a value repeated at once (read once), scattered keys inside and outside
  // the ranges, and negative ones. s: text, all but a few distinct.
  int64_t row = 0;
  for (int64_t n = 1; n <= 100000; ++n) add(n, "a" + std::to_string(row++));
  for (int64_t n = 50000; n <= 120000; ++n) add(n, "b" + std::to_string(row++ % 90000));
  for (int64_t n = 120001; n <= 120010; ++n) add(n, "c");
  add(7, "c");
  add(7, "c");
  for (int64_t k = 0; k < 3000; ++k) add((k * 7919) % 400000 - 1000, "d" + std::to_string(k % 500));
  for (int64_t n = 300000; n >= 299000; --n) add(n, "e");  // a descending run: single keys

  REQUIRE(inserted);
  auto st = db->prepare("SELECT n, s FROM t");
  REQUIRE(st);
  TableProfiler p("t", {ProfiledColumn{"n", "INTEGER"}, ProfiledColumn{"s", "TEXT"}});
  REQUIRE(st->each_row([&] { p.add_row(*st); }));
  const ColumnStats n = p.finish(0), s = p.finish(1);
  CHECK(n.rows == q(*db, "SELECT count(*) FROM t"));
  CHECK(n.distinct == q(*db, "SELECT count(DISTINCT n) FROM t"));
  CHECK(s.distinct == q(*db, "SELECT count(DISTINCT s) FROM t"));
  CHECK(n.min.integer == q(*db, "SELECT min(n) FROM t"));
  CHECK(n.max.integer == q(*db, "SELECT max(n) FROM t"));
}
