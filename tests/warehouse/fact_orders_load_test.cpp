// Exact money: sums in SQL equal a decimal reference worked out by hand, to
// the cent, with prices of three decimals (UCI's 0.001) and a total that ends
// in half a cent (2.555, which a binary double holds as 2.55499999...).
//
// money_three_decimals_half_cent.csv, by hand:
//   2001: 7 x 0.001 + 3 x 2.555        =    7.672
//   2002: 1 x 1199.999 + 1000 x 0.001  = 1200.999
//   2003: 12 x 0.335                   =    4.020  (a guest)
//   2004: -2 x 2.555                   =    5.110  returned
//   2005: 1 x 2.555                    =    2.555
//   sales: 1215.246, to the cent 1215.25
#include <doctest.h>

#include "core/money.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;
using test::qs;

TEST_CASE("revenue sums in SQL equal the decimal reference to the cent") {
  FactStore s = test::load_fixtures({"csv/money_three_decimals_half_cent.csv"});
  Database db = test::build_warehouse(s);
  const int64_t revenue = q(db, "SELECT sum(line_revenue_e4) FROM fact_sales WHERE line_kind = 'sale'");
  CHECK(revenue == 12152460);
  CHECK(money_to_decimal_string(revenue) == "1215.25");
  CHECK(q(db, "SELECT sum(revenue_e4) FROM fact_orders") == 12152460);
  CHECK(q(db, "SELECT sum(revenue_e4) FROM mart_daily_sales") == 12152460);
  CHECK(q(db, "SELECT sum(return_value_e4) FROM fact_orders") == 51100);
  CHECK(q(db, "SELECT revenue_e4 FROM fact_orders WHERE order_id = '2001'") == 76720);
  CHECK(q(db, "SELECT revenue_e4 FROM fact_orders WHERE order_id = '2002'") == 12009990);
  CHECK(q(db, "SELECT revenue_e4 FROM fact_orders WHERE order_id = '2003'") == 40200);
  // Half a cent rounds away from zero: 2.555 -> 2.56.
  const int64_t half = q(db, "SELECT revenue_e4 FROM fact_orders WHERE order_id = '2005'");
  CHECK(half == 25550);
  CHECK(money_to_decimal_string(half) == "2.56");
  CHECK(money_to_decimal_string(q(db, "SELECT revenue_e4 FROM fact_orders WHERE order_id = '2002'")) == "1201.00");
  // The smallest price survives: 0.001 is 10 at 1/10,000.
  CHECK(q(db, "SELECT min(unit_price_e4) FROM fact_sales") == 10);
  CHECK(qs(db, "SELECT unit_price FROM sales WHERE order_id = '2002' AND sku = 'P1'") == "0.001");
}

TEST_CASE("order totals: gross - discount = revenue, with the order's first date and customer") {
  FactStore s = test::load_fixtures({"csv/money_three_decimals_half_cent.csv"});
  Database db = test::build_warehouse(s);
  CHECK(qs(db, "SELECT line_count || ' ' || item_count || ' ' || units || ' ' || gross_e4 || ' ' || discount_e4 "
               "FROM fact_orders WHERE order_id = '2002'") == "2 2 1001 12009990 0");
  CHECK(qs(db, "SELECT d.date || ' ' || c.customer_id FROM fact_orders o JOIN dim_date d USING (date_key) "
               "JOIN dim_customer c ON c.customer_key = o.customer_key WHERE o.order_id = '2001'") == "2011-03-01 100");
  CHECK(q(db, "SELECT customer_key FROM fact_orders WHERE order_id = '2003'") == 0);
  CHECK(qs(db, "SELECT order_kind || ' ' || return_units || ' ' || item_count FROM fact_orders WHERE order_id = '2004'") ==
        "return 2 0");
  CHECK(q(db, "SELECT time_of_day FROM fact_orders WHERE order_id = '2002'") == 12 * 3600);
}
