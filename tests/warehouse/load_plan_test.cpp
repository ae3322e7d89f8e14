// Loads are idempotent and incremental (load_plan.h): the same files change
// nothing; a newer export of the same shop appends only its new orders. The
// two exports are hand-made: shop_export_2024_01.csv (January: 5 orders, 6
// lines) and shop_export_2024_02_newer_with_moved_customer.csv (the same
// January rows, order 1005 with quantity 5 instead of 4, and 4 February
// orders; customer C2 now in Berlin).
#include <doctest.h>

#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;
using test::qs;

namespace {

const char* kJanuary = "csv/shop_export_2024_01.csv";
const char* kFebruary = "csv/shop_export_2024_02_newer_with_moved_customer.csv";

}  // namespace

TEST_CASE("loading the same file again changes no table") {
  FactStore jan = test::load_fixtures({kJanuary});
  Database db = test::build_warehouse(jan);
  const uint64_t before = test::hash_all_tables(db);
  FactStore again = test::load_fixtures({kJanuary});
  LoadSummary s = test::load_into(db, again);
  CHECK(s.nothing_new);
  CHECK(s.lines_appended == 0);
  CHECK(s.files.at(0).same_bytes_as_earlier);
  CHECK(test::hash_all_tables(db) == before);
  CHECK(q(db, "SELECT count(*) FROM load_run") == 1);
}

TEST_CASE("a newer export appends only its new orders") {
  FactStore jan = test::load_fixtures({kJanuary});
  Database db = test::build_warehouse(jan);
  CHECK(q(db, "SELECT count(*) FROM fact_sales") == 6);
  CHECK(q(db, "SELECT count(*) FROM fact_orders") == 5);
  // Sale revenue by hand: 1001: 2 x 3.50 + 7.25 = 14.25; 1002: 3 x 3.50 = 10.50;
  // 1003: 12.00; 1005: 4 x 2.25 = 9.00; total 45.75.
  CHECK(q(db, "SELECT sum(revenue_e4) FROM fact_orders") == 457500);

  FactStore feb = test::load_fixtures({kFebruary});
  LoadSummary s = test::load_into(db, feb);
  CHECK_FALSE(s.nothing_new);
  CHECK_FALSE(s.first_build);
  CHECK(s.load_id == 2);
  CHECK(s.store_lines == 10);
  CHECK(s.lines_appended == 4);
  CHECK(s.lines_already_loaded == 6);
  CHECK(s.orders_appended == 4);
  CHECK(s.orders_already_loaded == 5);
  CHECK(s.orders_changed == 1);  // 1005: 5 candles now, kept as first loaded
  CHECK(s.customers_new == 1);   // C4
  CHECK(s.products_new == 1);    // E5
  CHECK(q(db, "SELECT count(*) FROM fact_sales") == 10);
  CHECK(q(db, "SELECT count(*) FROM fact_orders") == 9);
  CHECK(q(db, "SELECT units FROM fact_orders WHERE order_id = '1005'") == 4);
  // + 1006: 3.50, 1007: 24.99, 1008: 2 x 7.25 = 14.50 -> 45.75 + 42.99 = 88.74.
  CHECK(q(db, "SELECT sum(revenue_e4) FROM fact_orders") == 887400);
  // New lines and orders continue the keys; each order's lines stay one range.
  CHECK(q(db, "SELECT min(line_key) FROM fact_sales WHERE order_id = '1006'") == 7);
  CHECK(q(db, "SELECT min(order_key) FROM fact_orders WHERE load_id = 2") == 6);
  // Existing members keep their keys.
  CHECK(q(db, "SELECT product_key FROM dim_product WHERE sku = 'A1'") == 1);
  CHECK(q(db, "SELECT count(*) FROM dim_date WHERE date_key > 0") == 47);  // 2024-01-05 .. 2024-02-20
  // Loading the newer export once more changes nothing.
  const uint64_t after = test::hash_all_tables(db);
  FactStore feb_again = test::load_fixtures({kFebruary});
  CHECK(test::load_into(db, feb_again).nothing_new);
  CHECK(test::hash_all_tables(db) == after);
}

TEST_CASE("both exports in one load take each order from the first file that has it") {
  FactStore both = test::load_fixtures({kJanuary, kFebruary});
  Database db = test::build_warehouse(both);
  CHECK(q(db, "SELECT count(*) FROM fact_sales") == 10);
  CHECK(q(db, "SELECT count(*) FROM fact_orders") == 9);
  CHECK(q(db, "SELECT units FROM fact_orders WHERE order_id = '1005'") == 4);
  CHECK(q(db, "SELECT lines_appended FROM load_audit WHERE file_name = 'shop_export_2024_01.csv'") == 6);
  CHECK(q(db, "SELECT lines_already_loaded FROM load_audit WHERE file_name = "
              "'shop_export_2024_02_newer_with_moved_customer.csv'") == 6);
}

TEST_CASE("the load audit keeps read = loaded + rejected + duplicates per file") {
  FactStore s = test::load_fixtures({"csv/online_retail_small.csv", "csv/malformed_rows.csv"});
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM load_audit") == 2);
  CHECK(q(db, "SELECT count(*) FROM load_audit WHERE rows_read <> rows_loaded + rows_rejected + duplicates") == 0);
  CHECK(q(db, "SELECT count(*) FROM load_audit WHERE rows_loaded <> lines_appended + lines_already_loaded") == 0);
  // online_retail_small.csv: 11 rows, one an exact duplicate (line 6 repeats line 5).
  CHECK(q(db, "SELECT rows_read FROM load_audit WHERE file_name = 'online_retail_small.csv'") == 11);
  CHECK(q(db, "SELECT duplicates FROM load_audit WHERE file_name = 'online_retail_small.csv'") == 1);
  CHECK(q(db, "SELECT excluded_lines FROM load_audit WHERE file_name = 'online_retail_small.csv'") == 1);
  // Every rejected row is kept with its reason, against its file.
  CHECK(q(db, "SELECT count(*) FROM load_rejected") == q(db, "SELECT sum(rows_rejected) FROM load_audit"));
  CHECK(q(db, "SELECT count(*) FROM load_rejected r JOIN load_audit a USING (file_key) "
              "WHERE a.file_name = 'malformed_rows.csv'") > 0);
  CHECK(q(db, "SELECT count(*) FROM load_rejected WHERE reason = '' OR line < 1") == 0);
  CHECK(qs(db, "SELECT status FROM load_audit WHERE file_name = 'online_retail_small.csv'") == "loaded");
  CHECK(q(db, "SELECT store_lines FROM load_run") == static_cast<int64_t>(s.lines()));
}

TEST_CASE("the load run records the caller's parse time and each phase's") {
  FactStore s = test::load_fixtures({kJanuary});
  LoadOptions o = test::fixed_options();
  o.parse_ms = 12.5;
  o.file_parse_ms = {7.25};
  Database db = test::build_warehouse(s, o);
  CHECK(qs(db, "SELECT parse_ms FROM load_run") == "12.5");
  CHECK(qs(db, "SELECT parse_ms FROM load_audit") == "7.25");
  CHECK(qs(db, "SELECT started_at FROM load_run") == "2024-07-01T00:00:00Z");
  CHECK(q(db, "SELECT count(*) FROM load_run WHERE facts_ms >= 0 AND total_ms >= facts_ms + marts_ms") == 1);
}

TEST_CASE("a database built by another schema version is refused, not changed") {
  FactStore s = test::load_fixtures({kJanuary});
  Database db = test::build_warehouse(s);
  REQUIRE(db.exec("UPDATE warehouse_meta SET value = '1' WHERE name = 'schema_version'").ok());
  const uint64_t before = test::hash_all_tables(db);
  FactStore feb = test::load_fixtures({kFebruary});
  StarSchemaJob job(feb, db, test::fixed_options());
  CHECK(job.step(1e9) == StepState::kFailed);
  CHECK(job.error().message.find("schema version 1") != std::string::npos);
  CHECK(test::hash_all_tables(db) == before);
}
