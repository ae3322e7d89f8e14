// The marts are computed in C++ from one pass over fact_sales; here each is
// recomputed with the plain SQL that defines it (docs/warehouse.md) and must
// match row for row, on the demo shop and after an incremental load.
#include <doctest.h>

#include "ingest/demo_shop.h"
#include "support/test_data.h"
#include "warehouse/marts.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;
using test::qs;

namespace {

// Rows of `mart` that differ from the SQL definition `reference` (same
// columns, same order), counted both ways.
int64_t differences(Database& db, const std::string& mart, const std::string& reference) {
  const std::string ref = "SELECT * FROM (" + reference + ")";
  return q(db, "SELECT (SELECT count(*) FROM (SELECT * FROM " + mart + " EXCEPT " + ref + ")) + " +
                   "(SELECT count(*) FROM (" + ref + " EXCEPT SELECT * FROM " + mart + "))");
}

const char* kCustomerReference = R"sql(
  WITH s AS (SELECT f.*, d.date FROM fact_sales f JOIN dim_date d USING (date_key)),
  last_day AS (SELECT max(date) AS day FROM s WHERE line_kind = 'sale'),
  sale AS (SELECT customer_key, min(date) AS first, max(date) AS last, count(DISTINCT order_key) AS orders,
                  count(*) AS items, sum(quantity) AS units, sum(line_revenue_e4) AS revenue,
                  count(DISTINCT substr(date, 1, 7)) AS months
           FROM s WHERE line_kind = 'sale' AND customer_key <> 0 GROUP BY customer_key),
  ret AS (SELECT customer_key, sum(line_revenue_e4) AS returned FROM s WHERE line_kind = 'return' GROUP BY customer_key)
  SELECT sale.customer_key, c.customer_id, c.country, substr(sale.first, 1, 7), sale.first, sale.last, sale.orders,
         sale.items, sale.units, sale.revenue, coalesce(ret.returned, 0), sale.revenue - coalesce(ret.returned, 0),
         CAST(round(sale.revenue * 1.0 / sale.orders) AS INTEGER),
         CAST(julianday((SELECT day FROM last_day)) - julianday(sale.last) AS INTEGER),
         CAST(julianday(sale.last) - julianday(sale.first) AS INTEGER), sale.months
  FROM sale JOIN dim_customer c ON c.customer_key = sale.customer_key AND c.is_current = 1
  LEFT JOIN ret ON ret.customer_key = sale.customer_key
)sql";

const char* kDailyReference = R"sql(
  WITH s AS (SELECT * FROM fact_sales WHERE line_kind <> 'excluded'),
  first_sale AS (SELECT customer_key, min(date_key) AS first FROM s WHERE line_kind = 'sale' AND customer_key <> 0
                 GROUP BY customer_key)
  SELECT d.date_key, d.date,
    (SELECT count(DISTINCT order_key) FROM s WHERE s.date_key = d.date_key AND line_kind = 'sale'),
    (SELECT count(*) FROM s WHERE s.date_key = d.date_key AND line_kind = 'sale'),
    (SELECT coalesce(sum(quantity), 0) FROM s WHERE s.date_key = d.date_key AND line_kind = 'sale'),
    (SELECT coalesce(sum(line_revenue_e4), 0) FROM s WHERE s.date_key = d.date_key AND line_kind = 'sale'),
    (SELECT coalesce(sum(line_revenue_e4), 0) FROM s WHERE s.date_key = d.date_key AND line_kind = 'return'),
    (SELECT coalesce(sum(CASE line_kind WHEN 'sale' THEN line_revenue_e4 ELSE -line_revenue_e4 END), 0) FROM s
     WHERE s.date_key = d.date_key),
    (SELECT count(DISTINCT customer_key) FROM s WHERE s.date_key = d.date_key AND line_kind = 'sale' AND customer_key <> 0),
    (SELECT count(*) FROM first_sale WHERE first = d.date_key)
  FROM dim_date d WHERE d.date_key > 0
)sql";

const char* kCustomerMonthReference = R"sql(
  WITH s AS (SELECT f.*, substr(d.date, 1, 7) AS month FROM fact_sales f JOIN dim_date d USING (date_key)
             WHERE line_kind = 'sale' AND customer_key <> 0),
  cohort AS (SELECT customer_key, min(month) AS month FROM s GROUP BY customer_key)
  SELECT s.customer_key, s.month, cohort.month,
         (CAST(substr(s.month, 1, 4) AS INTEGER) * 12 + CAST(substr(s.month, 6, 2) AS INTEGER)) -
         (CAST(substr(cohort.month, 1, 4) AS INTEGER) * 12 + CAST(substr(cohort.month, 6, 2) AS INTEGER)),
         count(DISTINCT s.order_key), sum(s.quantity), sum(s.line_revenue_e4)
  FROM s JOIN cohort USING (customer_key) GROUP BY s.customer_key, s.month
)sql";

const char* kProductReference = R"sql(
  WITH s AS (SELECT f.*, d.date FROM fact_sales f JOIN dim_date d USING (date_key) WHERE line_kind <> 'excluded')
  SELECT p.product_key, p.sku, p.name, p.category,
    count(DISTINCT CASE WHEN line_kind = 'sale' THEN order_key END),
    count(DISTINCT CASE WHEN line_kind = 'sale' AND customer_key <> 0 THEN customer_key END),
    coalesce(sum(CASE WHEN line_kind = 'sale' THEN quantity END), 0),
    coalesce(sum(CASE WHEN line_kind = 'sale' THEN line_revenue_e4 END), 0),
    coalesce(sum(CASE WHEN line_kind = 'return' THEN abs(quantity) END), 0),
    coalesce(sum(CASE WHEN line_kind = 'return' THEN line_revenue_e4 END), 0),
    min(CASE WHEN line_kind = 'sale' THEN date END), max(CASE WHEN line_kind = 'sale' THEN date END)
  FROM s JOIN dim_product p USING (product_key) GROUP BY p.product_key
)sql";

void check_marts(Database& db) {
  CHECK(q(db, "SELECT count(*) FROM mart_customer") > 0);
  CHECK(differences(db, "mart_customer", kCustomerReference) == 0);
  CHECK(differences(db, "mart_daily_sales", kDailyReference) == 0);
  CHECK(differences(db, "mart_customer_month", kCustomerMonthReference) == 0);
  CHECK(differences(db, "mart_product", kProductReference) == 0);
}

}  // namespace

TEST_CASE("every mart equals its SQL definition on the demo shop") {
  DemoOptions o;
  o.lines = 4000;
  o.seed = 11;
  auto store = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(store.ok());
  Database db = test::build_warehouse(*store);
  check_marts(db);
}

// Distinct customers per product come from a grid of bits when the keys
// are dense (the test above); a product key far beyond the others makes the
// grid too large, and the pairs go to a set: the same marts.
TEST_CASE("the marts are the same when the product keys are too sparse for a grid of bits") {
  DemoOptions o;
  o.lines = 4000;
  o.seed = 11;
  auto store = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(store.ok());
  Database db = test::build_warehouse(*store);
  const uint64_t before = test::hash_all_tables(db);
  REQUIRE(db.exec("INSERT INTO dim_product (product_key, sku) VALUES (1099511627776, 'NEVER-SOLD')").ok());
  REQUIRE(rebuild_marts(db).ok());
  check_marts(db);
  REQUIRE(db.exec("DELETE FROM dim_product WHERE product_key = 1099511627776").ok());
  CHECK(test::hash_all_tables(db) == before);
}

TEST_CASE("the marts describe the whole warehouse after an incremental load") {
  FactStore jan = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(jan);
  check_marts(db);
  FactStore feb = test::load_fixtures({"csv/shop_export_2024_02_newer_with_moved_customer.csv"});
  test::load_into(db, feb);
  check_marts(db);
  // C1 by hand: orders 1001 (14.25) and 1006 (3.50); returned 7.25 (C1009); last sale 02-02,
  // the data's last sale 02-14 (1008): recency 12 days.
  CHECK(qs(db, "SELECT orders || ' ' || revenue_e4 || ' ' || return_value_e4 || ' ' || aov_e4 || ' ' || recency_days "
               "|| ' ' || active_months FROM mart_customer WHERE customer_id = 'C1'") == "2 177500 72500 88750 12 2");
  // C2's current country is Germany.
  CHECK(qs(db, "SELECT country FROM mart_customer WHERE customer_id = 'C2'") == "Germany");
  // 2024-01-05: order 1001, customer C1 new that day.
  CHECK(qs(db, "SELECT orders || ' ' || items || ' ' || revenue_e4 || ' ' || customers || ' ' || new_customers "
               "FROM mart_daily_sales WHERE date = '2024-01-05'") == "1 2 142500 1 1");
  CHECK(q(db, "SELECT count(*) FROM mart_daily_sales") == q(db, "SELECT count(*) FROM dim_date WHERE date_key > 0"));
  CHECK(qs(db, "SELECT months_since_first || ' ' || cohort_month FROM mart_customer_month "
               "WHERE customer_key = (SELECT customer_key FROM dim_customer WHERE customer_id = 'C1' LIMIT 1) "
               "AND month_key = '2024-02'") == "1 2024-01");
}

TEST_CASE("rebuilding the marts on their own gives the same tables") {
  FactStore jan = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(jan);
  const uint64_t before = test::hash_all_tables(db);
  REQUIRE(rebuild_marts(db).ok());
  CHECK(test::hash_all_tables(db) == before);
}
