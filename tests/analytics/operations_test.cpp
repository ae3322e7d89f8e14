// Funnel, inventory and delivery (analytics/operations.h). Expected values
// worked out by hand from the fixture files (the comments show the sums):
// tests/data/operations (orders, products, events, stock) and
// tests/data/olist_delivery (Olist orders with promised and actual dates).
#include <doctest.h>

#include "analytics/operations.h"
#include "analytics/report_html.h"
#include "analytics/report_tables.h"
#include "analytics/slice.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

namespace {

FactStore operations_store() {
  return test::load_fixtures({"operations/orders.csv", "operations/products.csv", "operations/events.csv",
                              "operations/stock.csv"});
}

Operations run(const FactStore& s, const Filter& f) {
  return compute_operations(s, select_lines(s, f), operations_period(s, f));
}

Day day(int y, int m, int d) { return days_from_civil(y, m, d); }

const InventoryRow& row(const Inventory& inv, std::string_view sku) {
  for (const InventoryRow& r : inv.rows)
    if (r.sku == sku) return r;
  FAIL("no inventory row for " << sku);
  return inv.rows.front();
}

}  // namespace

TEST_CASE("funnel: sessions reaching each step, step and overall conversion, cart abandonment") {
  FactStore s = operations_store();
  const Funnel f = run(s, Filter{}).funnel;
  REQUIRE(f.has_events);
  CHECK(f.by_session);
  // 18 events; one has neither session nor visitor. Sessions s1..s7.
  CHECK(f.events == 18);
  CHECK(f.events_without_unit == 1);
  CHECK(f.units == 7);
  // Furthest step: s1 purchase, s2 view, s3 cart, s4 checkout, s5 purchase
  // (its only event), s6 none (session_start), s7 view.
  const int64_t expected[] = {6, 4, 3, 2, 2};
  for (int k = 0; k < kFunnelSteps; ++k) CHECK(f.stages[static_cast<size_t>(k)].units == expected[k]);
  CHECK(f.stages[0].step_conversion == doctest::Approx(1.0));
  CHECK(f.stages[1].step_conversion == doctest::Approx(4.0 / 6));
  CHECK(f.stages[2].step_conversion == doctest::Approx(3.0 / 4));
  CHECK(f.stages[3].step_conversion == doctest::Approx(2.0 / 3));
  CHECK(f.stages[4].step_conversion == doctest::Approx(1.0));
  CHECK(f.stages[4].overall_conversion == doctest::Approx(2.0 / 6));
  // Carts s1, s3, s4, s5; s3 and s4 bought nothing.
  CHECK(f.carts == 4);
  CHECK(f.abandoned == 2);
  CHECK(f.abandonment == doctest::Approx(0.5));
}

TEST_CASE("funnel: the filter's date range selects events by their day") {
  FactStore s = operations_store();
  Filter from;
  from.from = day(2024, 3, 1);  // drops s7 (2024-02-10)
  const Funnel a = run(s, from).funnel;
  CHECK(a.events == 17);
  CHECK(a.units == 6);
  CHECK(a.stages[0].units == 5);
  CHECK(a.stages[4].units == 2);
  Filter to;
  to.to = day(2024, 3, 10);  // s1, s2, s3, s4, s7: 5 + 3 + 3 + 3 + 1 events
  const Funnel b = run(s, to).funnel;
  CHECK(b.events == 15);
  CHECK(b.units == 5);
  const int64_t expected[] = {5, 3, 2, 1, 1};
  for (int k = 0; k < kFunnelSteps; ++k) CHECK(b.stages[static_cast<size_t>(k)].units == expected[k]);
  CHECK(b.abandonment == doctest::Approx(2.0 / 3));
}

TEST_CASE("funnel: without a session column the unit is the visitor-day") {
  FactStore s;
  const uint32_t v1 = s.sessions.intern("v1"), v2 = s.sessions.intern("v2");
  auto ev = [&](uint32_t who, Day d, FunnelStep step) {
    EventFact e;
    e.session = who;
    e.day = d;
    e.step = step;
    s.events.push_back(e);
  };
  ev(v1, 100, FunnelStep::kView);
  ev(v1, 100, FunnelStep::kAddToCart);
  ev(v1, 101, FunnelStep::kPurchase);  // the next day: another visitor-day
  ev(v2, 100, FunnelStep::kBeginCheckout);
  s.events_have_sessions = false;
  const DayRange all{100, 101};
  const Funnel f = compute_funnel(s, all);
  CHECK_FALSE(f.by_session);
  CHECK(f.units == 3);
  const int64_t expected[] = {3, 3, 2, 1, 1};
  for (int k = 0; k < kFunnelSteps; ++k) CHECK(f.stages[static_cast<size_t>(k)].units == expected[k]);
  CHECK(f.carts == 3);
  CHECK(f.abandoned == 2);  // v1 on day 100 bought only the next day; v2 never
  // The same events read as sessions: v1 reaches purchase.
  s.events_have_sessions = true;
  const Funnel g = compute_funnel(s, all);
  CHECK(g.units == 2);
  CHECK(g.carts == 2);
  CHECK(g.abandoned == 1);
}

TEST_CASE("inventory: on hand, days of cover, turnover, stock-outs and slow movers at the latest snapshot") {
  FactStore s = operations_store();
  const Inventory inv = run(s, Filter{}).inventory;
  REQUIRE(inv.has_stock);
  CHECK(format_iso_date(inv.as_of) == "2024-03-31");
  CHECK(inv.products == 4);  // A, B, C, D; ZZ9 is unknown
  CHECK(inv.unknown_product_rows == 1);
  // A: 5 (Main) + 3 (Store); sold 3 + 6 + 3 in 03-02..03-31 -> 0.4 a day.
  const InventoryRow& a = row(inv, "A");
  CHECK(a.on_hand == 8);
  CHECK(a.units_in_window == 12);
  CHECK(a.days_of_cover == doctest::Approx(20.0));
  CHECK(a.avg_on_hand == doctest::Approx(73.0 / 5));  // 20 17 17 11 8
  CHECK(a.turnover == doctest::Approx(12 / (73.0 / 5)));
  CHECK(a.stock_value == 8 * 25000);
  CHECK_FALSE(a.slow_mover);
  // B: last sold 2023-12-01, 4 on hand: slow (nothing in 90 days), no cover figure.
  const InventoryRow& b = row(inv, "B");
  CHECK(b.slow_mover);
  CHECK(b.days_of_cover == -1);
  CHECK(b.turnover == doctest::Approx(2.0 / 4));
  CHECK(format_iso_date(b.last_sale) == "2023-12-01");
  // C: 0 on 03-17 and 03-24 with sales on 03-10 / 03-25 around: 2 stock-out days.
  const InventoryRow& c = row(inv, "C");
  CHECK(c.zero_days == 2);
  CHECK(c.stockout_days == 2);
  CHECK(c.days_of_cover == doctest::Approx(6 / (10.0 / 30)));
  CHECK(c.turnover == doctest::Approx(10 / (21.0 / 5)));
  // D: never sold; 0 on 03-24 and 03-31 without demand: no stock-out days.
  const InventoryRow& d = row(inv, "D");
  CHECK(d.on_hand == 0);
  CHECK(d.zero_days == 2);
  CHECK(d.stockout_days == 0);
  CHECK_FALSE(d.slow_mover);  // nothing on hand
  // Totals.
  CHECK(inv.on_hand == 18);
  CHECK(inv.out_of_stock == 1);
  CHECK(inv.stockout_days == 2);
  CHECK(inv.slow_movers == 1);
  CHECK(inv.days_of_cover == doctest::Approx(18 / (22.0 / 30)));
  CHECK(inv.turnover == doctest::Approx(24 / (73.0 / 5 + 4 + 21.0 / 5 + 21.0 / 5)));
  CHECK(inv.stock_value == 200000);
  // Rows by on hand descending.
  CHECK(inv.rows[0].sku == "A");
  CHECK(inv.rows[3].sku == "D");
}

TEST_CASE("inventory: the period's end picks the snapshot; sales after it do not count") {
  FactStore s = operations_store();
  Filter f;
  f.to = day(2024, 3, 24);
  const Inventory inv = run(s, f).inventory;
  const InventoryRow& a = row(inv, "A");
  CHECK(format_iso_date(a.as_of) == "2024-03-24");
  CHECK(a.on_hand == 11);
  CHECK(a.units_in_window == 9);  // 3 (03-05) + 6 (03-20)
  CHECK(a.days_of_cover == doctest::Approx(11 / 0.3));
  CHECK(a.turnover == doctest::Approx(9 / 16.25));  // (20 + 17 + 17 + 11) / 4
  const InventoryRow& c = row(inv, "C");
  CHECK(c.on_hand == 0);
  CHECK(c.days_of_cover == doctest::Approx(0.0));
  CHECK(c.stockout_days == 2);  // the 03-10 sale is within 30 days before both
  CHECK(inv.out_of_stock == 2);  // C and D
}

TEST_CASE("delivery: late share and delays overall, by month and by state (Olist dates)") {
  FactStore s = test::load_fixtures({"olist_delivery/olist_orders_dataset.csv",
                                     "olist_delivery/olist_order_items_dataset.csv",
                                     "olist_delivery/olist_customers_dataset.csv"});
  const Delivery d = run(s, Filter{}).delivery;
  REQUIRE(d.has_dates);
  // Measured: d1 +2, d2 -10, d3 +5, d4 0 (same day), d6 +4, d8 0. d5 has no
  // delivery date; d7 is cancelled (no sale line).
  CHECK(d.undelivered == 1);
  CHECK(d.overall.orders == 6);
  CHECK(d.overall.late == 3);
  CHECK(d.overall.late_share == doctest::Approx(0.5));
  CHECK(d.overall.avg_delay_days == doctest::Approx(11.0 / 3));
  CHECK(d.overall.avg_vs_promise == doctest::Approx(1.0 / 6));
  CHECK(d.overall.avg_delivery_days == doctest::Approx(82.0 / 6));  // 15 5 21 17 20 4
  REQUIRE(d.by_month.size() == 3);
  CHECK(d.by_month[0].label == "2018-01");
  CHECK(d.by_month[0].orders == 3);
  CHECK(d.by_month[0].late_share == doctest::Approx(2.0 / 3));
  CHECK(d.by_month[0].avg_delay_days == doctest::Approx(3.5));
  CHECK(d.by_month[1].late == 1);
  CHECK(d.by_month[2].late == 0);
  REQUIRE(d.by_state.size() == 2);  // MG's only delivered order is d5 (undelivered)
  CHECK(d.by_state[0].label == "SP");
  CHECK(d.by_state[0].orders == 4);
  CHECK(d.by_state[0].late == 2);
  CHECK(d.by_state[0].avg_delay_days == doctest::Approx(3.0));
  CHECK(d.by_state[1].label == "RJ");
  CHECK(d.by_state[1].late_share == doctest::Approx(0.5));
  CHECK(d.by_state[1].avg_delay_days == doctest::Approx(5.0));
  Filter feb;
  feb.from = day(2018, 2, 1);
  const Delivery f = run(s, feb).delivery;
  CHECK(f.overall.orders == 3);  // d4, d6, d8
  CHECK(f.overall.late == 1);
  CHECK(f.undelivered == 1);
}

TEST_CASE("operations: nothing to show for data without events, stock or delivery dates") {
  FactStore s = test::load_fixtures({"operations/orders.csv"});
  CHECK_FALSE(has_operations_data(s));
  CHECK_FALSE(run(s, Filter{}).any());
}

TEST_CASE("report: operations tables in the HTML report and JSON only with such data") {
  FactStore s = operations_store();
  const Report r = compute_report(s, Filter{});
  const std::vector<ReportTable> tables = report_tables(r, "");
  const ReportTable* funnel = find_table(tables, "funnel");
  REQUIRE(funnel != nullptr);
  REQUIRE(funnel->rows.size() == 5);
  CHECK(funnel->rows[0][1].raw == "6");
  CHECK(funnel->rows[4][1].raw == "2");
  const ReportTable* inventory = find_table(tables, "inventory");
  REQUIRE(inventory != nullptr);
  CHECK(inventory->rows.size() == 4);
  CHECK(find_table(tables, "delivery_states") == nullptr);  // no delivery dates
  CHECK(report_html(r, ReportHtmlOptions{}).find("<h2>Operations</h2>") != std::string::npos);
  CHECK(report_to_json(r).find("\"operations\"") != std::string::npos);
  const FactStore orders_only = test::load_fixtures({"operations/orders.csv"});  // the report's names point into it
  const Report plain = compute_report(orders_only, Filter{});
  CHECK(report_to_json(plain).find("\"operations\"") == std::string::npos);
}
