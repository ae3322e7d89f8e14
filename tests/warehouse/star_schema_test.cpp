// The star schema in SQLite and the columnar store must agree exactly: every
// figure is recomputed here in plain SQL over the tables (DESIGN 3).
#include <doctest.h>

#include "analytics/report.h"
#include "ingest/demo_shop.h"
#include "support/test_data.h"
#include "warehouse/star_schema.h"

using namespace starcart;

namespace {

Database build(const FactStore& s) {
  auto db = Database::open_memory();
  REQUIRE(db.ok());
  StarSchemaJob job(s, *db);
  // Small budgets: the job must survive being sliced.
  for (int i = 0; i < 100000; ++i) {
    StepState st = job.step(0.5);
    REQUIRE(st != StepState::kFailed);
    if (st == StepState::kDone) break;
  }
  return std::move(*db);
}

int64_t q(Database& db, const std::string& sql) {
  auto v = db.query_int(sql);
  REQUIRE_MESSAGE(v.ok(), (v.ok() ? "" : v.error().to_string()));
  return *v;
}

}  // namespace

TEST_CASE("star schema of online_retail_small, checked in SQL") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Database db = build(s);
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
}

TEST_CASE("columnar figures equal SQL figures on the demo shop") {
  DemoOptions o;
  o.lines = 20000;
  o.seed = 3;
  auto loaded = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(loaded.ok());
  const FactStore& s = *loaded;
  Database db = build(s);
  Report r = compute_report(s, Filter{});
  CHECK(q(db, "SELECT sum(line_revenue_e4) FROM fact_sales WHERE line_kind = 'sale'") == r.kpis.revenue);
  CHECK(q(db, "SELECT sum(line_revenue_e4) FROM fact_sales WHERE line_kind = 'return'") == r.kpis.return_value);
  CHECK(q(db, "SELECT count(DISTINCT order_id) FROM fact_sales WHERE line_kind = 'sale'") == r.kpis.orders);
  CHECK(q(db, "SELECT count(DISTINCT customer_key) FROM fact_sales WHERE line_kind = 'sale' AND customer_key <> 0") ==
        r.kpis.customers);
  CHECK(q(db, "SELECT sum(quantity) FROM fact_sales WHERE line_kind = 'sale'") == r.kpis.units);
  CHECK(q(db, "SELECT count(*) FROM fact_sales WHERE line_kind = 'excluded'") == s.excluded_lines);
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

TEST_CASE("the warehouse serializes to .sqlite bytes that open again") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Database db = build(s);
  auto bytes = db.serialize();
  REQUIRE(bytes.ok());
  CHECK(bytes->rfind("SQLite format 3", 0) == 0);
  auto copy = Database::open_memory();
  REQUIRE(copy.ok());
  REQUIRE(copy->deserialize(*bytes).ok());
  CHECK(q(*copy, "SELECT count(*) FROM fact_sales") == 10);
}
