// Period comparison. Expected values worked out by hand from
// tests/data/csv/compare_offsetting_categories.csv (last day 2024-03-20):
//   current  = this month  = 2024-03-01..03-20: 200 A1 30×2.00 = 60 (cust 1, France, Kitchen),
//              201 B1 1×15 = 15 (cust 3, Germany, Home), C202 return 5×2.00 = 10,
//              203 A2 5×2.00 = 10 (guest, Germany, Kitchen)  → revenue 85.00
//   previous = 2024-02-01..02-20 (the same 20 days; 103 on 02-25 is outside):
//              100 A1 10×2 = 20 (cust 1, France), 101 B1 2×15 = 30 (cust 2, Germany),
//              102 A2 5×2 = 10 (guest, France)               → revenue 60.00
//   total change = +25.00
#include <doctest.h>

#include <cmath>

#include "analytics/analyzer.h"
#include "analytics/period_compare.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

Money m(const char* s) { return *parse_money(s); }
Day d(int y, int mo, int da) { return days_from_civil(y, mo, da); }

const Contribution* find(const ContributionTable& t, const std::string& key) {
  for (const Contribution& c : t.rows)
    if (c.key == key) return &c;
  return nullptr;
}

const KpiChange* kpi(const PeriodComparison& r, const std::string& key) {
  for (const KpiChange& k : r.kpis)
    if (key == k.key) return &k;
  return nullptr;
}

void check_same_rows(const ContributionTable& a, const ContributionTable& b) {
  CHECK(std::string(a.dimension) == b.dimension);
  REQUIRE(a.rows.size() == b.rows.size());
  for (size_t i = 0; i < a.rows.size(); ++i) {
    const Contribution &x = a.rows[i], &y = b.rows[i];
    CHECK(x.id == y.id);
    CHECK(x.key == y.key);
    CHECK(x.label == y.label);
    CHECK(x.current == y.current);
    CHECK(x.previous == y.previous);
    CHECK(x.change == y.change);
    CHECK(x.share == y.share);
    CHECK(x.relative == y.relative);
  }
}

}  // namespace

TEST_CASE("compare presets: the same days of the period before") {
  // Mar 20, 2024: month → Mar 1–20 vs Feb 1–20.
  ComparePeriods p = preset_periods(ComparePreset::kMonth, d(2024, 3, 20));
  CHECK(p.current.from == d(2024, 3, 1));
  CHECK(p.current.to == d(2024, 3, 20));
  CHECK(p.previous.from == d(2024, 2, 1));
  CHECK(p.previous.to == d(2024, 2, 20));
  // A full March against all of February (29 days in 2024): cut at its end.
  p = preset_periods(ComparePreset::kMonth, d(2024, 3, 31));
  CHECK(p.previous.to == d(2024, 2, 29));
  // Quarter: Jan 1–Mar 20 is 80 days; Oct 1, 2023 + 79 days = Dec 19, 2023.
  p = preset_periods(ComparePreset::kQuarter, d(2024, 3, 20));
  CHECK(p.current.from == d(2024, 1, 1));
  CHECK(p.previous.from == d(2023, 10, 1));
  CHECK(p.previous.to == d(2023, 12, 19));
  // Year: Jan 1, 2023 + 79 days = Mar 21, 2023 (2024 has Feb 29).
  p = preset_periods(ComparePreset::kYear, d(2024, 3, 20));
  CHECK(p.previous.from == d(2023, 1, 1));
  CHECK(p.previous.to == d(2023, 3, 21));
  // A full year against the full year before.
  p = preset_periods(ComparePreset::kYear, d(2024, 12, 31));
  CHECK(p.previous.to == d(2023, 12, 31));
  // Last 30 days: Feb 20–Mar 20 vs Jan 21–Feb 19.
  p = preset_periods(ComparePreset::kLast30Days, d(2024, 3, 20));
  CHECK(p.current.from == d(2024, 2, 20));
  CHECK(p.previous.from == d(2024, 1, 21));
  CHECK(p.previous.to == d(2024, 2, 19));
  CHECK(parse_compare_preset("this-quarter") == ComparePreset::kQuarter);
  CHECK(parse_compare_preset("year") == ComparePreset::kYear);
  CHECK_FALSE(parse_compare_preset("fortnight"));
}

TEST_CASE("compare this month with last: KPIs with absolute and relative change") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const FactIndex x = build_fact_index(s);
  const PeriodComparison r = compare_periods(x, Filter{}, CompareRequest{});
  CHECK(r.periods.current.from == d(2024, 3, 1));
  CHECK(r.periods.previous.to == d(2024, 2, 20));
  CHECK(r.current.revenue == m("85.00"));
  CHECK(r.previous.revenue == m("60.00"));
  CHECK(r.revenue_change == m("25.00"));
  const KpiChange* rev = kpi(r, "revenue");
  REQUIRE(rev);
  CHECK(*rev->absolute == doctest::Approx(25.0));
  CHECK(*rev->relative == doctest::Approx(25.0 / 60.0));
  // Orders 3 vs 3 (200 201 203 / 100 101 102): no change.
  CHECK(*kpi(r, "orders")->absolute == 0);
  CHECK(*kpi(r, "orders")->relative == 0);
  // AOV 85/3 = 28.3333 vs 60/3 = 20.00.
  CHECK(*kpi(r, "aov")->current == doctest::Approx(28.3333));
  CHECK(*kpi(r, "aov")->relative == doctest::Approx(8.3333 / 20.0));
  // Return rate by value: 10/85 vs 0/60 = 0: +0.117647 points, no relative change (previous 0).
  CHECK(*kpi(r, "return_rate_value")->absolute == doctest::Approx(10.0 / 85.0));
  CHECK_FALSE(kpi(r, "return_rate_value")->relative);
  // New customers: cust 3 (first sale ever Mar 8) now; cust 1 (first Feb 5) then.
  CHECK(*kpi(r, "new_customers")->current == 1);
  CHECK(*kpi(r, "new_customers")->previous == 1);
}

TEST_CASE("compare: contributions are each member's change as a share of the total change") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const FactIndex x = build_fact_index(s);
  const PeriodComparison r = compare_periods(x, Filter{}, CompareRequest{});
  // Kitchen 70 vs 30 = +40 → 40/25 = 1.6; Home 15 vs 30 = −15 → −0.6 (sum 1).
  REQUIRE(r.categories.rows.size() == 2);
  CHECK(r.categories.rows[0].key == "Kitchen");
  CHECK(r.categories.rows[0].change == m("40.00"));
  CHECK(*r.categories.rows[0].share == doctest::Approx(1.6));
  CHECK(*r.categories.rows[1].share == doctest::Approx(-0.6));
  CHECK(*r.categories.rows[1].relative == doctest::Approx(-0.5));
  // Products: A1 +40 (1.6), B1 −15 (−0.6), A2 10 vs 10 = 0 (share 0), by |change|.
  REQUIRE(r.products.rows.size() == 3);
  CHECK(r.products.rows[0].key == "A1");
  CHECK(r.products.rows[0].label == "MUG RED");
  CHECK(r.products.rows[1].key == "B1");
  CHECK(r.products.rows[2].key == "A2");
  CHECK(*r.products.rows[2].share == 0);
  // Countries: France 60 vs 30 = +30 (1.2), Germany 25 vs 30 = −5 (−0.2).
  CHECK(*find(r.countries, "France")->share == doctest::Approx(1.2));
  CHECK(*find(r.countries, "Germany")->share == doctest::Approx(-0.2));
  // Segments, each period scored on its own lines: now cust 1 (recency 19) R1
  // Hibernating 60, cust 3 (recency 13) R3 F1 About to Sleep 15; then cust 1
  // (recency 8) Hibernating 20, cust 2 (recency 3) About to Sleep 30; guests 10 both.
  CHECK(find(r.segments, "hibernating")->change == m("40.00"));
  CHECK(*find(r.segments, "about_to_sleep")->share == doctest::Approx(-0.6));
  CHECK(find(r.segments, "guests")->change == 0);
  double sum = 0;
  for (const Contribution& c : r.segments.rows) sum += *c.share;
  CHECK(sum == doctest::Approx(1.0));
}

TEST_CASE("compare: the rest of the filter applies to both periods") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const FactIndex x = build_fact_index(s);
  Filter f;
  f.countries = {"Germany"};
  f.from = d(2020, 1, 1);  // the filter's own dates are replaced by the periods
  const PeriodComparison r = compare_periods(x, f, CompareRequest{});
  // Germany: now 201 (15) + 203 (10) = 25; then 101 (30) = 30: change −5.
  CHECK(r.current.revenue == m("25.00"));
  CHECK(r.previous.revenue == m("30.00"));
  CHECK(r.countries.rows.size() == 1);
  CHECK(*r.countries.rows[0].share == doctest::Approx(1.0));
}

TEST_CASE("compare: a total change of 0 gives no shares, members still ranked by their change") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const FactIndex x = build_fact_index(s);
  CompareRequest q;
  q.preset = ComparePreset::kCustom;
  // Feb 12 (102: guest France 10.00) against Mar 20 (203: guest Germany 10.00).
  q.custom.current = {d(2024, 2, 12), d(2024, 2, 12)};
  q.custom.previous = {d(2024, 3, 20), d(2024, 3, 20)};
  const PeriodComparison r = compare_periods(x, Filter{}, q);
  CHECK(r.revenue_change == 0);
  REQUIRE(r.countries.rows.size() == 2);
  CHECK(r.countries.rows[0].key == "France");  // |+10| = |−10|: ties by key
  CHECK(r.countries.rows[0].change == m("10.00"));
  CHECK_FALSE(r.countries.rows[0].share);
  CHECK_FALSE(r.countries.rows[1].share);
  CHECK(*kpi(r, "revenue")->relative == 0);
}

TEST_CASE("compare without segments: the KPIs and the member tables are the full comparison's") {
  // The insights ask for no segment table (it needs the RFM of both periods);
  // what they read must not change with it, and the table added later must be
  // the one the full comparison gives. Filters: none, a country, a category,
  // dates, and a customer filter (whose period slices are scored anyway).
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  Filter germany;
  germany.countries = {"Germany"};
  Filter category;
  category.categories = {std::string(s.categories.at(1))};
  Filter recent;
  recent.from = s.last_day - 400;
  Filter champions;
  champions.segments = {"Champions", "Loyal"};
  size_t rows = 0;
  for (const Filter& f : {Filter{}, germany, category, recent, champions}) {
    for (ComparePreset preset : {ComparePreset::kMonth, ComparePreset::kQuarter}) {
      CompareRequest q;
      q.preset = preset;
      CompareParts no_segments;
      no_segments.segments = false;
      PeriodComparison part = compare_periods(x, f, q, no_segments);
      const PeriodComparison full = compare_periods(x, f, q);
      CHECK(full.has_segments);
      CHECK_FALSE(part.has_segments);
      CHECK(part.segments.rows.empty());
      CHECK(part.periods.current.from == full.periods.current.from);
      CHECK(part.periods.previous.to == full.periods.previous.to);
      CHECK(part.anchor == full.anchor);
      CHECK(part.current.revenue == full.current.revenue);
      CHECK(part.previous.revenue == full.previous.revenue);
      CHECK(part.revenue_change == full.revenue_change);
      REQUIRE(part.kpis.size() == full.kpis.size());
      for (size_t i = 0; i < part.kpis.size(); ++i) {
        CHECK(part.kpis[i].current == full.kpis[i].current);
        CHECK(part.kpis[i].previous == full.kpis[i].previous);
      }
      check_same_rows(part.products, full.products);
      check_same_rows(part.categories, full.categories);
      check_same_rows(part.countries, full.countries);
      add_segment_table(x, part);
      CHECK(part.has_segments);
      check_same_rows(part.segments, full.segments);
      rows += full.products.rows.size() + full.segments.rows.size();
    }
  }
  CHECK(rows > 0);  // not vacuous
}

TEST_CASE("compare without segments: the fixture's member tables, worked by hand") {
  // Same figures as "contributions are each member's change ..." above.
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const FactIndex x = build_fact_index(s);
  CompareParts parts;
  parts.segments = false;
  const PeriodComparison r = compare_periods(x, Filter{}, CompareRequest{}, parts);
  CHECK(r.revenue_change == m("25.00"));
  REQUIRE(r.categories.rows.size() == 2);
  CHECK(r.categories.rows[0].key == "Kitchen");
  CHECK(*r.categories.rows[0].share == doctest::Approx(1.6));
  REQUIRE(r.products.rows.size() == 3);
  CHECK(r.products.rows[0].key == "A1");
  CHECK(r.products.rows[0].change == m("40.00"));
  CHECK(*find(r.countries, "France")->share == doctest::Approx(1.2));
  CHECK(*find(r.countries, "Germany")->share == doctest::Approx(-0.2));
  CHECK(r.segments.rows.empty());
}

TEST_CASE("compare: the Analyzer's comparison after the insights is the full one") {
  // insights() computes the comparison without segments and keeps it; the
  // Compare tab's comparison() must then hold the full segment table.
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  Filter germany;
  germany.countries = {"Germany"};
  Analyzer a(s);
  for (const Filter& f : {Filter{}, germany}) {
    a.set_filter(f);
    a.insights();
    const PeriodComparison& got = a.comparison();
    const PeriodComparison full = compare_periods(x, f, CompareRequest{});
    CHECK(got.has_segments);
    CHECK(got.revenue_change == full.revenue_change);
    check_same_rows(got.products, full.products);
    check_same_rows(got.categories, full.categories);
    check_same_rows(got.countries, full.countries);
    check_same_rows(got.segments, full.segments);
    CHECK_FALSE(full.segments.rows.empty());
  }
}
