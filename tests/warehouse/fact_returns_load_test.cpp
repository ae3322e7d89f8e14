// Returns are linked to the sale they return where the data allows.
// returns_same_order_and_latest_earlier_sale.csv, by hand:
//   4001 line 2 (-1 R1, a guest): the sale of R1 in the same order, line 1
//   C4004 (K1, -1 R2 on 03-09): K1's latest earlier sale of R2 is 4003 (03-05), not 4002
//   C4005 (K1, -1 R3): K1 never bought R3: not linked
#include <doctest.h>

#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;
using test::qs;

TEST_CASE("returns link to a sale in the same order, else to the customer's latest earlier sale") {
  FactStore s = test::load_fixtures({"csv/returns_same_order_and_latest_earlier_sale.csv"});
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM fact_returns") == 3);
  const std::string select =
      "SELECT r.link_rule || ' ' || o.order_id || ' ' || s.line_number || ' ' || r.days_after_sale "
      "FROM fact_returns r JOIN fact_sales x ON x.line_key = r.line_key "
      "JOIN fact_sales s ON s.line_key = r.original_line_key JOIN fact_orders o ON o.order_key = r.original_order_key ";
  CHECK(qs(db, select + "WHERE x.order_id = '4001'") == "same order 4001 1 0");
  CHECK(qs(db, select + "WHERE x.order_id = 'C4004'") == "latest earlier sale 4003 1 4");
  CHECK(qs(db, "SELECT coalesce(r.link_rule, 'NULL') || ' ' || coalesce(r.original_line_key, 'NULL') FROM fact_returns r "
               "JOIN fact_sales x USING (line_key) WHERE x.order_id = 'C4005'") == "NULL NULL");
  CHECK(qs(db, "SELECT r.quantity || ' ' || r.value_e4 FROM fact_returns r JOIN fact_sales x USING (line_key) "
               "WHERE x.order_id = 'C4004'") == "1 95000");
}

TEST_CASE("a return in a later load links to a sale loaded before, with the data's reason") {
  FactStore jan = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(jan);
  // C1004 (C2 returns A1, "Damaged"): C2 bought A1 in 1002 ten days before.
  CHECK(qs(db, "SELECT r.reason || ' ' || o.order_id || ' ' || r.days_after_sale FROM fact_returns r "
               "JOIN fact_orders o ON o.order_key = r.original_order_key") == "Damaged 1002 10");
  FactStore feb = test::load_fixtures({"csv/shop_export_2024_02_newer_with_moved_customer.csv"});
  LoadSummary s = test::load_into(db, feb);
  CHECK(s.returns_appended == 1);
  CHECK(s.returns_linked == 1);
  // C1009 (C1 returns B2 on 02-20): C1 bought B2 in 1001 on 01-05, in the first load.
  CHECK(qs(db, "SELECT r.reason || ' ' || o.order_id || ' ' || r.link_rule || ' ' || r.days_after_sale FROM fact_returns r "
               "JOIN fact_orders o ON o.order_key = r.original_order_key JOIN fact_sales x ON x.line_key = r.line_key "
               "WHERE x.order_id = 'C1009'") == "Wrong size 1001 latest earlier sale 46");
  CHECK(q(db, "SELECT count(*) FROM fact_returns") == 2);
}
