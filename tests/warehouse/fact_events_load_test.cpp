// fact_events and fact_inventory from tests/data/operations (order lines,
// products, events, stock). Expected values counted by hand from the files:
//   events.csv: 19 rows; line 20 has no event type (rejected by ingest): 18
//     events. Steps: view 7 + page_view 1 = 8, add_to_cart 2 + cart 1 = 3,
//     begin_checkout 2, add_payment_info 1, purchase 1 + "Order Completed" 1
//     = 2, remove_from_cart 1, session_start (other) 1. One view names ZZ9,
//     which neither the order lines nor products.csv has: product key 0.
//     One event has neither session nor visitor: session_id NULL.
//   stock.csv: 24 rows; line 24 (-2) and line 25 (empty) rejected: 22 rows.
//     ZZ9 -> product key 0; D is in products.csv only (never sold): a product.
//     On 2024-03-31: A 5 + 3, B 4, C 6, D 0, ZZ9 1 = 19 units.
#include <doctest.h>

#include "warehouse/funnel_steps.h"
#include "warehouse_test_util.h"

using namespace starcart;

namespace {

FactStore operations_store() {
  return test::load_fixtures({"operations/orders.csv", "operations/products.csv", "operations/events.csv",
                              "operations/stock.csv"});
}

}  // namespace

TEST_CASE("fact_events: one row per event with its funnel step, raw name and keys") {
  FactStore s = operations_store();
  Database db = test::build_warehouse(s);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events") == 18);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE step = 'view'") == 8);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE step = 'add_to_cart'") == 3);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE step = 'begin_checkout'") == 2);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE step = 'payment_info'") == 1);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE step = 'purchase'") == 2);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE step = 'remove_from_cart'") == 1);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE step = 'other' AND step_no IS NULL") == 1);
  CHECK(test::qs(db, "SELECT step || '/' || step_no FROM fact_events WHERE raw_type = 'Order Completed'") ==
        "purchase/5");
  CHECK(test::qs(db, "SELECT event_time FROM fact_events WHERE raw_type = 'Order Completed'") == "2024-03-20 13:00:00");
  CHECK(test::q(db, "SELECT date_key FROM fact_events WHERE raw_type = 'session_start'") == 20240321);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE session_id IS NULL") == 1);
}

TEST_CASE("fact_events: products, customers and orders point at their dimensions; an unknown product is key 0") {
  FactStore s = operations_store();
  Database db = test::build_warehouse(s);
  // Product ZZ9 is in no file but the log: the unknown member, counted.
  CHECK(test::q(db, "SELECT count(*) FROM fact_events e JOIN dim_product p USING (product_key) WHERE p.sku = 'A'") == 6);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE product_key = 0 AND raw_type = 'view' AND "
                    "session_id = 's2'") == 1);
  CHECK(s.events_unknown_product == 1);
  // D is never sold but products.csv lists it: a product of its own.
  CHECK(test::q(db, "SELECT count(*) FROM fact_events e JOIN dim_product p USING (product_key) WHERE p.sku = 'D'") == 1);
  // Visitor K1 is the order lines' customer K1 (s1: 5 events, s5: 1).
  CHECK(test::q(db, "SELECT count(*) FROM fact_events e JOIN dim_customer c ON c.customer_key = e.customer_key "
                    "AND c.is_current = 1 WHERE c.customer_id = 'K1'") == 6);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE customer_key = 0") == 18 - 6 - 3);  // K2's s3: 3
  // The purchase of order 1001 names it.
  CHECK(test::qs(db, "SELECT o.order_id FROM fact_events e JOIN fact_orders o USING (order_key) WHERE e.session_id = "
                     "'s1' AND e.step = 'purchase'") == "1001");
  CHECK(test::q(db, "SELECT count(*) FROM fact_events WHERE order_key IS NOT NULL") == 2);
}

TEST_CASE("fact_inventory: snapshot rows with product, location and cost; negative and empty counts rejected") {
  FactStore s = operations_store();
  Database db = test::build_warehouse(s);
  CHECK(test::q(db, "SELECT count(*) FROM fact_inventory") == 22);
  CHECK(test::q(db, "SELECT sum(on_hand) FROM fact_inventory WHERE date_key = 20240331") == 19);
  CHECK(test::q(db, "SELECT count(*) FROM fact_inventory WHERE product_key = 0") == 1);
  CHECK(s.stock_unknown_product == 1);
  CHECK(test::q(db, "SELECT count(*) FROM fact_inventory i JOIN dim_product p USING (product_key) WHERE p.sku = 'D'") == 5);
  CHECK(test::q(db, "SELECT sum(on_hand) FROM fact_inventory WHERE location = 'Store'") == 3);
  CHECK(test::q(db, "SELECT count(*) FROM fact_inventory WHERE unit_cost_e4 = 25000") == 6);
  CHECK(test::q(db, "SELECT count(*) FROM fact_inventory WHERE unit_cost_e4 IS NULL") == 16);
  // The snapshot after the last sale (2024-03-28) has its day in dim_date.
  CHECK(test::q(db, "SELECT count(*) FROM dim_date WHERE date_key = 20240331") == 1);
  // Rejected rows, with line, column and reason.
  CHECK(test::q(db, "SELECT count(*) FROM load_rejected r JOIN load_audit a USING (file_key) WHERE a.file_name = "
                    "'stock.csv'") == 2);
  CHECK(test::qs(db, "SELECT r.line || ':' || r.column_no || ':' || r.reason FROM load_rejected r JOIN load_audit a "
                     "USING (file_key) WHERE a.file_name = 'stock.csv' ORDER BY r.line LIMIT 1") ==
        "24:4:stock level -2 is negative");
  CHECK(test::q(db, "SELECT r.line FROM load_rejected r JOIN load_audit a USING (file_key) WHERE a.file_name = "
                    "'events.csv'") == 20);
}

TEST_CASE("load audit: event and stock files balance, their rows counted as appended") {
  FactStore s = operations_store();
  Database db = test::build_warehouse(s);
  for (const char* f : {"events.csv", "stock.csv"}) {
    const std::string where = std::string(" FROM load_audit WHERE file_name = '") + f + "'";
    CHECK(test::q(db, "SELECT rows_read - rows_loaded - rows_rejected - duplicates" + where) == 0);
    CHECK(test::q(db, "SELECT rows_loaded - lines_appended - lines_already_loaded" + where) == 0);
  }
  CHECK(test::q(db, "SELECT rows_read FROM load_audit WHERE file_name = 'events.csv'") == 19);
  CHECK(test::q(db, "SELECT lines_appended FROM load_audit WHERE file_name = 'events.csv'") == 18);
  CHECK(test::q(db, "SELECT rows_rejected FROM load_audit WHERE file_name = 'stock.csv'") == 2);
  CHECK(test::q(db, "SELECT lines_appended FROM load_audit WHERE file_name = 'stock.csv'") == 22);
}

TEST_CASE("fact_events / fact_inventory: loading the same files again changes nothing") {
  FactStore s = operations_store();
  Database db = test::build_warehouse(s);
  const uint64_t before = test::hash_all_tables(db);
  LoadSummary again = test::load_into(db, s);
  CHECK(again.nothing_new);
  CHECK(test::hash_all_tables(db) == before);
  CHECK(test::q(db, "SELECT count(*) FROM fact_events") == 18);
  CHECK(test::q(db, "SELECT count(*) FROM fact_inventory") == 22);
}

TEST_CASE("funnel steps: names from GA4, Segment and public logs, case and separators ignored") {
  CHECK(funnel_step_of("page_view") == FunnelStep::kView);
  CHECK(funnel_step_of("view_item") == FunnelStep::kView);
  CHECK(funnel_step_of("Product Viewed") == FunnelStep::kView);
  CHECK(funnel_step_of("cart") == FunnelStep::kAddToCart);
  CHECK(funnel_step_of("Add To Cart") == FunnelStep::kAddToCart);
  CHECK(funnel_step_of("begin_checkout") == FunnelStep::kBeginCheckout);
  CHECK(funnel_step_of("Checkout Started") == FunnelStep::kBeginCheckout);
  CHECK(funnel_step_of("add_shipping_info") == FunnelStep::kPaymentInfo);
  CHECK(funnel_step_of("add-payment-info") == FunnelStep::kPaymentInfo);
  CHECK(funnel_step_of("Order Completed") == FunnelStep::kPurchase);
  CHECK(funnel_step_of("PURCHASE") == FunnelStep::kPurchase);
  CHECK(funnel_step_of("remove_from_cart") == FunnelStep::kRemoveFromCart);
  CHECK(funnel_step_of("session_start") == FunnelStep::kOther);
  CHECK(funnel_step_of("") == FunnelStep::kOther);
}
