// The per-tab API gives the same figures as the full report, and recomputes
// after a filter change only.
#include <doctest.h>

#include "analytics/analyzer.h"
#include "analytics/insights/insights.h"
#include "support/test_data.h"

using namespace starcart;

TEST_CASE("each tab's result equals the report's section for the same filter") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  Analyzer a(s);
  Filter f;
  f.from = days_from_civil(2024, 2, 1);
  f.segments = {"Champions", "Loyal", "Potential Loyalists"};
  a.set_filter(f);
  Report r = compute_report(s, f);
  CHECK(a.overview().kpis.revenue == r.kpis.revenue);
  CHECK(a.overview().previous_kpis.revenue == r.previous_kpis.revenue);
  CHECK(a.trends().daily.size() == r.trends.daily.size());
  CHECK(a.cohorts().rows.size() == r.cohorts.rows.size());
  CHECK(a.customers().rfm.size() == r.customers.rfm.size());
  CHECK(a.products().ranked.size() == r.products.ranked.size());
  CHECK(a.geography().countries.size() == r.geography.countries.size());
  CHECK(a.payments().types.size() == r.payments.types.size());
  CHECK(a.returns().return_value == r.returns.return_value);
  CHECK(report_to_json(a.report()) == report_to_json(r));
}

TEST_CASE("results are cached per filter and recomputed when it changes") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  Analyzer a(s);
  const Overview* first = &a.overview();
  const Money all = first->kpis.revenue;
  a.set_filter(Filter{});  // unchanged: the cached result stays
  CHECK(&a.overview() == first);
  CHECK(a.overview().kpis.revenue == all);
  Filter f;
  f.countries = {"France"};  // nobody: revenue 0
  a.set_filter(f);
  CHECK(a.overview().kpis.revenue == 0);
  CHECK(a.trends().daily.empty());
  a.set_filter(Filter{});
  CHECK(a.overview().kpis.revenue == all);
}

TEST_CASE("the Overview's insights, with the cohorts and customer facts from one pass, are those computed alone") {
  // Analyzer::insights() takes the customer facts, the cohorts and the
  // anomalies' daily revenue in one pass when the filter has no customer
  // filter: each must equal what its own function gives, and the Cohorts
  // and Customers tabs then reuse them.
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  Filter germany;
  germany.countries = {"Germany"};
  Filter year;
  year.from = s.last_day - 364;
  Filter champions;
  champions.segments = {"Champions"};
  for (const Filter& f : {Filter{}, germany, year, champions}) {
    Analyzer a(s);
    a.set_filter(f);
    a.overview();
    const Insights& in = a.insights();
    const Insights alone = compute_insights(x, f, InsightOptions{});
    REQUIRE(in.items.size() == alone.items.size());
    for (size_t i = 0; i < in.items.size(); ++i) CHECK(in.items[i].text == alone.items[i].text);
    const Slice slice = make_slice(x, f);
    const Cohorts cohorts = compute_cohorts(x, slice.lines);
    REQUIRE(a.cohorts().rows.size() == cohorts.rows.size());
    for (size_t r = 0; r < cohorts.rows.size(); ++r) CHECK(a.cohorts().rows[r].revenue == cohorts.rows[r].revenue);
    if (!f.has_customer_filter()) {  // else the table keeps the filter's customers only
      Slice scored = slice;
      ensure_customer_facts(x, scored);
      CHECK(a.customers().rfm.size() == scored.rfm->rows.size());
    }
  }
}

TEST_CASE("choosing, changing and clearing a segment reuses the base's customer facts: the same figures as afresh") {
  // Analyzer::set_filter keeps the base and its customer facts when only
  // the customer filters change; every figure must be what an Analyzer
  // given the filter directly computes.
  const FactStore& s = test::demo_store();
  Filter champions;
  champions.segments = {"Champions"};
  Filter loyal;
  loyal.segments = {"Loyal", "At Risk"};
  Filter year;
  year.from = s.last_day - 364;
  Filter year_champions = year;
  year_champions.segments = {"Champions"};
  Filter cohort;
  cohort.cohort = month_index(s.first_day) + 2;
  Analyzer a(s);
  a.overview();
  a.insights();
  for (const Filter& f : {champions, loyal, Filter{}, cohort, year, year_champions, Filter{}, champions}) {
    a.set_filter(f);
    Analyzer fresh(s);
    fresh.set_filter(f);
    CHECK(a.slice().lines.lines == fresh.slice().lines.lines);
    CHECK(a.overview().kpis.revenue == fresh.overview().kpis.revenue);
    CHECK(a.overview().kpis.customers == fresh.overview().kpis.customers);
    CHECK(a.customers().rfm.size() == fresh.customers().rfm.size());
    REQUIRE(a.cohorts().rows.size() == fresh.cohorts().rows.size());
    const Insights& in = a.insights();
    const Insights alone = compute_insights(a.index(), f, InsightOptions{});
    REQUIRE(in.items.size() == alone.items.size());
    for (size_t i = 0; i < in.items.size(); ++i) CHECK(in.items[i].text == alone.items[i].text);
  }
}
