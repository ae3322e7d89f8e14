// The star schema in SQLite and the columnar store must agree exactly: every
// figure is recomputed here in plain SQL over the tables (DESIGN 3), and the
// order, return and payment facts must balance against the lines.
#include <doctest.h>

#include "analytics/report.h"
#include "ingest/demo_shop.h"
#include "support/test_data.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;

namespace {

// The demo shop with every column (categories, channels, payments).
FactStore demo_store(int64_t lines = 10000) {
  DemoOptions o;
  o.lines = lines;
  o.seed = 3;
  auto loaded = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(loaded.ok());
  return std::move(*loaded);
}

}  // namespace

TEST_CASE("star schema of online_retail_small, checked in SQL") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM fact_sales") == 10);
  CHECK(q(db, "SELECT sum(line_revenue_e4) FROM fact_sales WHERE line_kind = 'sale'") == 1840200);
  CHECK(q(db, "SELECT count(DISTINCT order_id) FROM fact_sales WHERE line_kind = 'sale'") == 7);
  CHECK(q(db, "SELECT count(DISTINCT customer_key) FROM fact_sales WHERE line_kind = 'sale' AND customer_key <> 0") == 3);
  CHECK(q(db, "SELECT count(*) FROM fact_sales WHERE line_kind = 'excluded'") == 1);
  // Unknown members and foreign keys.
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE customer_key = 0") == 1);
  CHECK(q(db, "SELECT count(*) FROM fact_sales f LEFT JOIN dim_date d USING (date_key) WHERE d.date_key IS NULL") == 0);
  CHECK(q(db, "SELECT count(*) FROM fact_sales f LEFT JOIN dim_product p USING (product_key) WHERE p.product_key IS NULL") == 0);
  CHECK(q(db, "SELECT count(*) FROM dim_date WHERE date_key <> 0") == 63);  // 2010-12-01 .. 2011-02-01
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE cohort_month = '2010-12'") == 2);
  CHECK(q(db, "SELECT line_number FROM fact_sales WHERE order_id = '536365' ORDER BY line_number DESC LIMIT 1") == 2);
  // 9 orders: 7 with a sale, C536379 a return, 536382 only an excluded line.
  CHECK(q(db, "SELECT count(*) FROM fact_orders") == 9);
  CHECK(q(db, "SELECT count(*) FROM fact_orders WHERE order_kind = 'sale'") == 7);
  CHECK(test::qs(db, "SELECT order_kind FROM fact_orders WHERE order_id = 'C536379'") == "return");
  CHECK(test::qs(db, "SELECT order_kind FROM fact_orders WHERE order_id = '536382'") == "excluded");
}

TEST_CASE("columnar figures equal SQL figures on the demo shop") {
  const FactStore s = demo_store(20000);
  Database db = test::build_warehouse(s);
  Report r = compute_report(s, Filter{});
  CHECK(q(db, "SELECT sum(line_revenue_e4) FROM fact_sales WHERE line_kind = 'sale'") == r.kpis.revenue);
  CHECK(q(db, "SELECT sum(line_revenue_e4) FROM fact_sales WHERE line_kind = 'return'") == r.kpis.return_value);
  CHECK(q(db, "SELECT count(DISTINCT order_id) FROM fact_sales WHERE line_kind = 'sale'") == r.kpis.orders);
  CHECK(q(db, "SELECT count(DISTINCT customer_key) FROM fact_sales WHERE line_kind = 'sale' AND customer_key <> 0") ==
        r.kpis.customers);
  CHECK(q(db, "SELECT sum(quantity) FROM fact_sales WHERE line_kind = 'sale'") == r.kpis.units);
  CHECK(q(db, "SELECT count(*) FROM fact_sales WHERE line_kind = 'excluded'") == s.excluded_lines);
  // The same figures from the order grain and the marts.
  CHECK(q(db, "SELECT sum(revenue_e4) FROM fact_orders") == r.kpis.revenue);
  CHECK(q(db, "SELECT count(*) FROM fact_orders WHERE item_count > 0") == r.kpis.orders);
  CHECK(q(db, "SELECT sum(units) FROM fact_orders") == r.kpis.units);
  CHECK(q(db, "SELECT sum(return_value_e4) FROM fact_orders") == r.kpis.return_value);
  CHECK(q(db, "SELECT count(*) FROM mart_customer") == r.kpis.customers);
  CHECK(q(db, "SELECT sum(revenue_e4) FROM mart_daily_sales") == r.kpis.revenue);
  CHECK(q(db, "SELECT sum(orders) FROM mart_daily_sales") == r.kpis.orders);
  // Month by month.
  auto st = db.prepare(
      "SELECT d.year * 12 + d.month - 1, sum(f.line_revenue_e4), count(DISTINCT f.order_id), "
      "count(DISTINCT CASE WHEN f.customer_key <> 0 THEN f.customer_key END) "
      "FROM fact_sales f JOIN dim_date d USING (date_key) WHERE f.line_kind = 'sale' GROUP BY 1 ORDER BY 1");
  REQUIRE(st.ok());
  size_t k = 0;
  while (*st->step()) {
    REQUIRE(k < r.monthly.size());
    CHECK(st->column_int64(0) == r.monthly[k].month);
    CHECK(st->column_int64(1) == r.monthly[k].revenue);
    CHECK(st->column_int64(2) == r.monthly[k].orders);
    CHECK(st->column_int64(3) == r.monthly[k].customers);
    ++k;
  }
  CHECK(k == r.monthly.size());
}

TEST_CASE("fact_orders totals equal the sums of their lines") {
  const FactStore s = demo_store();
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM fact_orders") == q(db, "SELECT count(DISTINCT order_key) FROM fact_sales"));
  CHECK(q(db,
          "SELECT count(*) FROM fact_orders o JOIN ("
          "  SELECT order_key, count(*) AS n, sum(line_kind = 'sale') AS items,"
          "         sum(CASE WHEN line_kind = 'sale' THEN quantity ELSE 0 END) AS units,"
          "         sum(CASE WHEN line_kind = 'sale' THEN line_revenue_e4 ELSE 0 END) AS revenue,"
          "         sum(CASE WHEN line_kind = 'sale' THEN quantity * unit_price_e4 ELSE 0 END) AS gross,"
          "         sum(CASE WHEN line_kind = 'sale' THEN discount_e4 ELSE 0 END) AS discount,"
          "         sum(CASE WHEN line_kind = 'return' THEN line_revenue_e4 ELSE 0 END) AS returned,"
          "         sum(CASE WHEN line_kind = 'return' THEN abs(quantity) ELSE 0 END) AS return_units,"
          "         min(date_key) AS first_date"
          "  FROM fact_sales GROUP BY order_key) s USING (order_key) "
          "WHERE o.line_count <> s.n OR o.item_count <> s.items OR o.units <> s.units OR o.revenue_e4 <> s.revenue "
          "OR o.gross_e4 <> s.gross OR o.discount_e4 <> s.discount OR o.revenue_e4 <> o.gross_e4 - o.discount_e4 "
          "OR o.return_value_e4 <> s.returned OR o.return_units <> s.return_units OR o.date_key <> s.first_date") == 0);
}

TEST_CASE("an order's lines are one line_key range starting at first_line_key") {
  const FactStore s = demo_store();
  Database db = test::build_warehouse(s);
  CHECK(q(db,
          "SELECT count(*) FROM fact_sales s JOIN fact_orders o USING (order_key) "
          "WHERE s.line_key NOT BETWEEN o.first_line_key AND o.first_line_key + o.line_count - 1") == 0);
  CHECK(q(db, "SELECT count(*) FROM fact_sales s JOIN fact_orders o USING (order_key) "
              "WHERE s.line_number <> s.line_key - o.first_line_key + 1") == 0);
}

TEST_CASE("returns and payments balance against the lines and orders") {
  const FactStore s = demo_store();
  Database db = test::build_warehouse(s);
  Report r = compute_report(s, Filter{});
  CHECK(q(db, "SELECT count(*) FROM fact_returns") == q(db, "SELECT count(*) FROM fact_sales WHERE line_kind = 'return'"));
  CHECK(q(db, "SELECT sum(value_e4) FROM fact_returns") == r.kpis.return_value);
  CHECK(q(db, "SELECT count(*) FROM fact_returns r JOIN fact_sales s USING (line_key) WHERE s.line_kind <> 'return'") == 0);
  // The demo names a payment type on every line: one payment per sale order, for its revenue.
  CHECK(q(db, "SELECT count(*) FROM fact_payments") == q(db, "SELECT count(*) FROM fact_orders WHERE item_count > 0"));
  CHECK(q(db, "SELECT sum(amount_e4) FROM fact_payments") == r.kpis.revenue);
  CHECK(q(db, "SELECT count(*) FROM fact_payments p JOIN fact_orders o USING (order_key) "
              "WHERE p.amount_e4 <> o.revenue_e4 OR p.payment_key <> o.payment_key") == 0);
}

TEST_CASE("a sliced build equals a build in one step") {
  const FactStore s = demo_store();
  Database sliced = test::build_warehouse(s);  // 0.5 ms slices
  auto whole = Database::open_memory();
  REQUIRE(whole.ok());
  StarSchemaJob job(s, *whole, test::fixed_options());
  REQUIRE(job.step(1e9) == StepState::kDone);
  CHECK(test::hash_all_tables(sliced) != 0);
  // load_run holds timings, which differ run to run: compare the rest.
  for (Database* db : {&sliced, &*whole}) REQUIRE(db->exec("UPDATE load_run SET plan_ms = 0, dimensions_ms = 0, facts_ms = 0, "
                                                            "indexes_ms = 0, marts_ms = 0, quality_ms = 0, total_ms = 0").ok());
  CHECK(test::hash_all_tables(sliced) == test::hash_all_tables(*whole));
}

TEST_CASE("a cancelled load leaves the database as it was") {
  const FactStore s = demo_store();
  auto db = Database::open_memory();
  REQUIRE(db.ok());
  {
    StarSchemaJob job(s, *db, test::fixed_options());
    REQUIRE(job.step(0.2) == StepState::kRunning);
    job.cancel();
    CHECK(job.step(1) == StepState::kFailed);
    CHECK(job.error().code == ErrorCode::kCancelled);
  }
  CHECK_FALSE(*db->has_table("fact_sales"));  // even the schema was rolled back
  // The database is usable afterwards.
  test::load_into(*db, s);
  CHECK(q(*db, "SELECT count(*) FROM fact_sales") == static_cast<int64_t>(s.lines()));
}

TEST_CASE("the warehouse serializes to .sqlite bytes that open again") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Database db = test::build_warehouse(s);
  auto bytes = db.serialize();
  REQUIRE(bytes.ok());
  CHECK(bytes->rfind("SQLite format 3", 0) == 0);
  auto copy = Database::open_memory();
  REQUIRE(copy.ok());
  REQUIRE(copy->deserialize(*bytes).ok());
  CHECK(q(*copy, "SELECT count(*) FROM fact_sales") == 10);
  CHECK(test::hash_all_tables(*copy) == test::hash_all_tables(db));
}
