// Bulk inserts from C++ rows through a virtual table, in chunks.
#include <doctest.h>

#include "warehouse/row_buffer.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

TEST_CASE("a RowBuffer goes into a table chunk by chunk, with text, integers and NULLs") {
  auto db = Database::open_memory();
  REQUIRE(db.ok());
  REQUIRE(db->exec("CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT, n INTEGER)").ok());
  RowBuffer rows(3);
  for (int k = 1; k <= 1000; ++k) {
    rows.integer(k).text("row " + std::to_string(k));
    if (k % 10 == 0) rows.null();
    else rows.integer(k * 2);
  }
  REQUIRE(rows.row_count() == 1000);
  {
    auto bulk = BulkInsert::create(*db, "t", {"k", "name", "n"}, rows);
    REQUIRE(bulk.ok());
    int calls = 0;
    for (;;) {
      auto done = bulk->insert_some(StepClock(0), 64);  // an expired clock: one chunk per call
      REQUIRE(done.ok());
      ++calls;
      if (*done) break;
    }
    CHECK(calls == 16);  // ceil(1000 / 64)
    CHECK(bulk->done() == 1000);
  }
  CHECK(test::q(*db, "SELECT count(*) FROM t") == 1000);
  CHECK(test::q(*db, "SELECT count(*) FROM t WHERE n IS NULL") == 100);
  CHECK(test::qs(*db, "SELECT name FROM t WHERE k = 777") == "row 777");
  CHECK(test::q(*db, "SELECT sum(n) FROM t") == 2 * (500500 - 10 * 5050));
  // The virtual table is gone with the BulkInsert.
  CHECK_FALSE(db->prepare("SELECT * FROM sc_bulk_t WHERE lo = 0 AND hi = 1").ok());
}
