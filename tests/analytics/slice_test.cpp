// Segment and cohort filters (docs/metrics.md, "Filters"), by hand on
// tests/data/csv/rfm_ties_three_months.csv (segments and amounts worked out
// in rfm_test.cpp).
#include <doctest.h>

#include "analytics/overview.h"
#include "analytics/slice.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
Money m(const char* s) { return *parse_money(s); }
}  // namespace

TEST_CASE("a segment filter keeps every line of the segment's customers and drops guests") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.segments = {"Hibernating"};  // 1008 (50, 1 order), 1009 (2 x 50), 1010 (20)
  Slice slice = make_slice(x, f);
  Kpis k = compute_kpis(x, slice.lines, slice.period);
  CHECK(k.revenue == m("170"));
  CHECK(k.orders == 4);
  CHECK(k.customers == 3);
  CHECK(k.return_value == 0);  // the return is 1002's

  f.segments = {"champions", "Loyal"};  // 1001 (500), 1002 (400, and its return of 100), 1003 (400)
  slice = make_slice(x, f);
  k = compute_kpis(x, slice.lines, slice.period);
  CHECK(k.revenue == m("1300"));
  CHECK(k.orders == 13);
  CHECK(k.return_value == m("100"));
  // The base is whole days (it may be read as sale runs), the segment's
  // lines are not; nor are the lines of the kept customers around it.
  CHECK(slice.base().whole_days.has_value());
  CHECK_FALSE(slice.lines.whole_days.has_value());
  CHECK_FALSE(lines_of_kept_customers(x, slice, Filter{}).whole_days.has_value());
  CHECK(lines_of_kept_customers(x, make_slice(x, Filter{}), Filter{}).whole_days.has_value());
}

TEST_CASE("a segment name the data has no customer in selects nothing; an unknown name neither") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.segments = {"New"};  // no R5 F1 customer here
  CHECK(make_slice(x, f).lines.lines.empty());
  f.segments = {"Whales"};
  CHECK(make_slice(x, f).lines.lines.empty());
}

TEST_CASE("the cohort filter uses the first sale in the date-filtered data") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.cohort = month_index(2024, 2);  // whole data: 1004 (200) and 1008 (50) first bought in February
  Slice slice = make_slice(x, f);
  Kpis k = compute_kpis(x, slice.lines, slice.period);
  CHECK(k.customers == 2);
  CHECK(k.revenue == m("250"));

  // From 2024-02-01 on, every customer with a February sale has their first
  // sale of the base in February: 1001 1002 1003 1004 1006 1007 1008 1009
  // (1005 first buys in March; 1010 has no sale from February on).
  // Their Feb–Mar sales: 1001 400, 1002 300, 1003 300, 1004 200, 1006 200,
  // 1007 150, 1008 50, 1009 50 = 1650.
  f.from = days_from_civil(2024, 2, 1);
  slice = make_slice(x, f);
  k = compute_kpis(x, slice.lines, slice.period);
  CHECK(k.customers == 8);
  CHECK(k.revenue == m("1650"));
}

TEST_CASE("segments are scored on the line-filtered base, so a segment filter agrees with the RFM table") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  // March only: last sales 1001 03-31, 1002 03-31, 1003 03-27, 1004 03-27,
  // 1005 03-22, 1006 03-02, 1007 03-02 (N = 7; snapshot 04-01).
  // Recency 1,1,5,5,10,30,30; F (March orders) 2,2,2,1,1,1,1.
  // R: worse(1) = 5 → 1 + ⌊25/7⌋ = 4; worse(5) = 3 → 3; worse(10) = 2 → 2;
  //    worse(30) = 0 → 1.  F: worse(2) = 4 → 1 + ⌊20/7⌋ = 3; worse(1) = 0 → 1.
  // 1001, 1002: R4 F3 Potential Loyalists; 1003: R3 F3 Need Attention;
  // 1004: R3 F1 About to Sleep; 1005: R2 F1, 1006, 1007: R1 F1 Hibernating.
  Filter f;
  f.from = days_from_civil(2024, 3, 1);
  f.to = days_from_civil(2024, 3, 31);
  f.segments = {"Potential Loyalists"};
  Slice slice = make_slice(x, f);
  Kpis k = compute_kpis(x, slice.lines, slice.period);
  CHECK(k.customers == 2);
  CHECK(k.revenue == m("400"));
  f.segments = {"Need Attention"};
  slice = make_slice(x, f);
  CHECK(compute_kpis(x, slice.lines, slice.period).revenue == m("200"));
  f.segments = {"Hibernating"};
  slice = make_slice(x, f);
  CHECK(compute_kpis(x, slice.lines, slice.period).customers == 3);
}
