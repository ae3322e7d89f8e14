// Days between orders and new vs returning customers, by hand on
// tests/data/csv/rfm_ties_three_months.csv.
//
// Gaps between consecutive orders of each customer (days):
//   1001 Jan10→Feb1 22, →Feb15 14, →Mar1 15, →Mar31 30
//   1002 Jan5→Feb5 31, →Mar5 29, →Mar31 26
//   1003 Jan20→Feb20 31, →Mar20 29, →Mar27 7
//   1004 Feb10→Mar27 46        1006 Jan2→Feb2 31, →Mar2 29
//   1007 Jan3→Jan17 14, →Feb7 21, →Feb21 14, →Mar2 10     1009 Jan15→Feb1 17
// 18 gaps, sorted: 7 10 14 14 14 15 17 21 22 | 26 29 29 29 30 31 31 31 46;
// median = (22 + 26) / 2 = 24; mean = 416 / 18 = 23.111…
#include <doctest.h>

#include "analytics/customers.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
Money m(const char* s) { return *parse_money(s); }
}  // namespace

TEST_CASE("median and mean days between orders") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  OrderGaps g = order_gaps(x, select_lines(s, Filter{}));
  CHECK(g.gaps == 18);
  CHECK(g.repeat_customers == 7);
  REQUIRE(g.median_days.has_value());
  CHECK(*g.median_days == doctest::Approx(24.0));
  CHECK(*g.mean_days == doctest::Approx(416.0 / 18));
}

TEST_CASE("an odd number of gaps has the middle one as median; none has no median") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.to = days_from_civil(2024, 1, 31);
  // January: 1007 Jan3→Jan17 = 14 is the only gap.
  OrderGaps g = order_gaps(x, select_lines(s, f));
  CHECK(g.gaps == 1);
  CHECK(*g.median_days == doctest::Approx(14.0));
  f.to = days_from_civil(2024, 1, 2);  // two customers, one order each
  g = order_gaps(x, select_lines(s, f));
  CHECK(g.gaps == 0);
  CHECK_FALSE(g.median_days.has_value());
}

TEST_CASE("new vs returning customers by month (first sale ever)") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  // January: all 7 active customers are new (570). February: 1004 and 1008
  // new (150); 1001 1002 1003 1006 1007 1009 returning (650). March: 1005
  // new (100); 1001 1002 1003 1004 1006 1007 returning (850).
  std::vector<NewReturningPoint> v = new_vs_returning(x, select_lines(s, Filter{}));
  REQUIRE(v.size() == 3);
  CHECK(v[0].new_customers == 7);
  CHECK(v[0].returning_customers == 0);
  CHECK(v[0].new_revenue == m("570"));
  CHECK(v[1].new_customers == 2);
  CHECK(v[1].returning_customers == 6);
  CHECK(v[1].new_revenue == m("150"));
  CHECK(v[1].returning_revenue == m("650"));
  CHECK(v[2].new_customers == 1);
  CHECK(v[2].returning_customers == 6);
  CHECK(v[2].returning_revenue == m("850"));
  // Under a March filter a customer is still new only if their first sale
  // ever is in March.
  Filter march;
  march.from = days_from_civil(2024, 3, 1);
  v = new_vs_returning(x, select_lines(s, march));
  REQUIRE(v.size() == 1);
  CHECK(v[0].new_customers == 1);
  CHECK(v[0].returning_customers == 6);
}

TEST_CASE("the RFM table under a segment filter lists only the kept customers, scored on the base") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.segments = {"Hibernating"};
  Slice slice = make_slice(x, f);
  CustomerAnalysis a = compute_customers(x, slice);
  CHECK(a.scored_customers == 10);
  REQUIRE(a.rfm.size() == 3);
  for (const RfmRow& r : a.rfm) CHECK(r.segment == Segment::kHibernating);
  CHECK(a.segments[static_cast<size_t>(Segment::kHibernating)].share == doctest::Approx(1.0));
  CHECK(a.segments[static_cast<size_t>(Segment::kChampions)].customers == 0);
}
