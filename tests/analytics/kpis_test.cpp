// Expected values worked out by hand from tests/data/csv/online_retail_small.csv
// (see the comments; docs/metrics.md has the rules).
#include <doctest.h>

#include "analytics/overview.h"
#include "analytics/report.h"
#include "core/json_writer.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
Money m(const char* s) { return *parse_money(s); }
Kpis kpis_of(const FactStore& s, const Filter& f) {
  const FactIndex x = build_fact_index(s);
  return compute_kpis(x, select_lines(s, f), filter_period(s, f));
}
}  // namespace

TEST_CASE("KPIs of online_retail_small, all data") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Kpis k = kpis_of(s, Filter{});
  // Sales: 6x2.55 + 6x3.39 + 6x1.85 + 32x1.69 + 6x4.25 + 24x1.45 + 2x2.95 + 4x4.25
  //      = 15.30 + 20.34 + 11.10 + 54.08 + 25.50 + 34.80 + 5.90 + 17.00 = 184.02
  CHECK(k.revenue == m("184.02"));
  CHECK(k.orders == 7);            // 536365 366 367 368 380 381 383
  CHECK(k.customers == 3);         // 17850 13047 12583 (14527 only returned; 536368 is a guest)
  CHECK(k.aov == m("26.2886"));    // 184.02 / 7 = 26.28857...
  CHECK(k.units == 86);            // 6+6+6+32+6+24+2+4
  CHECK(k.return_value == m("27.50"));
  CHECK(k.return_lines == 1);
  CHECK(k.net_revenue == m("156.52"));
  CHECK(k.sale_lines == 8);
  CHECK(k.countries == 2);
}

TEST_CASE("KPIs under filters") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Filter france;
  france.countries = {"France"};
  Kpis k = kpis_of(s, france);
  CHECK(k.revenue == m("31.40"));  // 25.50 + 5.90
  CHECK(k.orders == 2);
  CHECK(k.customers == 1);         // 12583; the French guest does not count

  Filter from_jan;
  from_jan.from = days_from_civil(2011, 1, 1);
  k = kpis_of(s, from_jan);
  CHECK(k.revenue == m("57.70"));  // 34.80 + 5.90 + 17.00
  CHECK(k.orders == 3);
  CHECK(k.customers == 3);

  Filter nothing;
  nothing.countries = {"Atlantis"};
  k = kpis_of(s, nothing);
  CHECK(k.revenue == 0);
  CHECK(k.aov == 0);
}

TEST_CASE("monthly series and the previous period") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Filter f;
  f.from = days_from_civil(2011, 1, 1);
  f.to = days_from_civil(2011, 2, 1);
  Report r = compute_report(s, f);
  REQUIRE(r.monthly.size() == 2);
  CHECK(format_month_key(r.monthly[0].month) == "2011-01");
  CHECK(r.monthly[0].revenue == m("40.70"));
  CHECK(r.monthly[0].orders == 2);
  CHECK(r.monthly[0].customers == 2);
  CHECK(r.monthly[1].revenue == m("17.00"));
  // 32 days before 2011-01-01: 2010-11-30 .. 2010-12-31 holds all of December's sales.
  CHECK(r.previous_kpis.revenue == m("126.32"));
  CHECK(r.previous_kpis.orders == 4);

  Report all = compute_report(s, Filter{});
  REQUIRE(all.monthly.size() == 3);
  CHECK(all.monthly[0].revenue == m("126.32"));
  CHECK(all.monthly[0].orders == 4);
  CHECK(all.monthly[0].customers == 2);
}

TEST_CASE("the report JSON carries the documented fields") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  std::string json = report_to_json(compute_report(s, Filter{}), false);
  CHECK(json.find(R"("schema":"starcart.report/1")") != std::string::npos);
  CHECK(json.find(R"("revenue":184.02)") != std::string::npos);
  CHECK(json.find(R"("aov":26.29)") != std::string::npos);
  CHECK(json.find(R"("rows_read":11)") != std::string::npos);
  CHECK(json.find(R"("duplicates":1)") != std::string::npos);
  CHECK(json.find(R"("excluded":1)") != std::string::npos);
  CHECK(json.find(R"({"month":"2010-12","revenue":126.32,"orders":4,"customers":2,"aov":31.58})") != std::string::npos);
}

// The rest by hand on tests/data/csv/rfm_ties_three_months.csv (its orders
// are listed in rfm_test.cpp's comment; every order is one line).
TEST_CASE("ratios, repeat and new customers over the whole data") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  Kpis k = kpis_of(s, Filter{});
  // 28 customer orders (5+4+4+2+1+3+5+1+2+1) + 1 guest order; sales 2320 + 10.
  CHECK(k.revenue == m("2330"));
  CHECK(k.orders == 29);
  CHECK(k.units == 29);
  REQUIRE(k.items_per_order.has_value());
  CHECK(*k.items_per_order == doctest::Approx(1.0));
  CHECK(*k.return_rate_value == doctest::Approx(100.0 / 2330));  // one return of 100
  CHECK(*k.return_rate_lines == doctest::Approx(1.0 / 29));
  CHECK(k.customers == 10);
  CHECK(k.new_customers == 10);        // the period is the whole data: everyone's first sale is in it
  CHECK(k.returning_customers == 0);
  CHECK(k.repeat_customers == 7);      // 2+ orders: 1001 1002 1003 1004 1006 1007 1009
  CHECK(*k.repeat_rate == doctest::Approx(0.7));
}

TEST_CASE("March against the 31 days before it: values and deltas") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter march;
  march.from = days_from_civil(2024, 3, 1);
  march.to = days_from_civil(2024, 3, 31);
  Overview o = compute_overview(x, make_slice(x, march));
  // Previous period: 31 days before March 1 = 2024-01-30 .. 2024-02-29.
  CHECK(format_iso_date(o.previous_period.from) == "2024-01-30");
  CHECK(format_iso_date(o.previous_period.to) == "2024-02-29");
  // March: 1001 Mar1+Mar31, 1002 Mar5+Mar31, 1003 Mar20+Mar27 (2 x 100 each),
  // 1004 Mar27 100, 1005 Mar22 100, 1006 Mar2 100, 1007 Mar2 50, guest 10.
  CHECK(o.kpis.revenue == m("960"));
  CHECK(o.kpis.orders == 11);
  CHECK(o.kpis.customers == 7);
  CHECK(o.kpis.new_customers == 1);        // 1005: first sale ever on Mar 22
  CHECK(o.kpis.returning_customers == 6);
  CHECK(o.kpis.repeat_customers == 3);     // 1001 1002 1003
  CHECK(o.kpis.return_value == m("100"));  // 1002's return on Mar 15
  CHECK(o.kpis.aov == m("87.2727"));       // 960 / 11 = 87.27272…
  // Previous: 1001 Feb1+Feb15 (200), 1002 Feb5, 1003 Feb20, 1004 Feb10,
  // 1006 Feb2 (100 each), 1007 Feb7+Feb21 (100), 1008 Feb1 (50), 1009 Feb1 (50).
  CHECK(o.previous_kpis.revenue == m("800"));
  CHECK(o.previous_kpis.orders == 10);
  CHECK(o.previous_kpis.customers == 8);
  CHECK(o.previous_kpis.new_customers == 2);  // 1004 (Feb 10) and 1008 (Feb 1)
  CHECK(o.previous_kpis.repeat_customers == 2);  // 1001, 1007
  // Deltas: relative for amounts and counts, differences for rates.
  CHECK(*o.deltas.revenue == doctest::Approx(0.2));      // (960 − 800) / 800
  CHECK(*o.deltas.orders == doctest::Approx(0.1));       // (11 − 10) / 10
  CHECK(*o.deltas.customers == doctest::Approx(-0.125)); // (7 − 8) / 8
  CHECK(*o.deltas.aov == doctest::Approx((87.2727 - 80.0) / 80.0));
  CHECK(*o.deltas.new_customers == doctest::Approx(-0.5));
  CHECK(*o.deltas.repeat_rate == doctest::Approx(3.0 / 7 - 2.0 / 8));
  CHECK_FALSE(o.deltas.return_value.has_value());        // nothing returned before March
  // The rate is defined in both periods (0 / 800 before): a difference in points.
  CHECK(*o.deltas.return_rate_value == doctest::Approx(100.0 / 960));
}

TEST_CASE("relative change divides by the size of the previous value") {
  CHECK(*relative_change(150, 100) == doctest::Approx(0.5));
  CHECK(*relative_change(-50, -100) == doctest::Approx(0.5));  // a loss halved is an improvement
  CHECK_FALSE(relative_change(5, 0).has_value());
}

TEST_CASE("the overview of whole days from the sale runs equals the overview from the lines") {
  // The line pass (the same slice without whole_days) is the independent
  // method, on the demo shop: all data, a year, a quarter inside, one day.
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  for (const Filter& f : test::whole_day_filters(s)) {
    const Slice runs = make_slice(x, f);
    REQUIRE(runs.lines.whole_days.has_value());
    Slice lines = runs;
    lines.lines = test::line_by_line(runs.lines);
    const Overview a = compute_overview(x, runs), b = compute_overview(x, lines);
    const Kpis &ka = a.kpis, &kb = b.kpis;
    CHECK(ka.revenue == kb.revenue);
    CHECK(ka.return_value == kb.return_value);
    CHECK(ka.net_revenue == kb.net_revenue);
    CHECK(ka.orders == kb.orders);
    CHECK(ka.customers == kb.customers);
    CHECK(ka.units == kb.units);
    CHECK(ka.sale_lines == kb.sale_lines);
    CHECK(ka.return_lines == kb.return_lines);
    CHECK(ka.countries == kb.countries);
    CHECK(ka.aov == kb.aov);
    CHECK(ka.new_customers == kb.new_customers);
    CHECK(ka.returning_customers == kb.returning_customers);
    CHECK(ka.repeat_customers == kb.repeat_customers);
    CHECK(ka.orders > 0);
    REQUIRE(a.monthly.size() == b.monthly.size());
    for (size_t k = 0; k < a.monthly.size(); ++k) {
      CHECK(a.monthly[k].month == b.monthly[k].month);
      CHECK(a.monthly[k].revenue == b.monthly[k].revenue);
      CHECK(a.monthly[k].orders == b.monthly[k].orders);
      CHECK(a.monthly[k].customers == b.monthly[k].customers);
      CHECK(a.monthly[k].aov == b.monthly[k].aov);
    }
    REQUIRE(a.mix.countries.size() == b.mix.countries.size());
    for (size_t k = 0; k < a.mix.countries.size(); ++k) CHECK(a.mix.countries[k].revenue == b.mix.countries[k].revenue);
    REQUIRE(a.mix.categories.size() == b.mix.categories.size());
    for (size_t k = 0; k < a.mix.categories.size(); ++k) CHECK(a.mix.categories[k].revenue == b.mix.categories[k].revenue);
  }
}

TEST_CASE("the KPIs of whole days from the sale runs equal the KPIs from the lines") {
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  for (const Filter& f : test::whole_day_filters(s)) {
    const Selection runs = select_lines(s, f);
    REQUIRE(runs.whole_days.has_value());
    const Selection lines = test::line_by_line(runs);
    const DayRange period = filter_period(s, f);
    const Kpis a = compute_kpis(x, runs, period), b = compute_kpis(x, lines, period);
    CHECK(a.revenue == b.revenue);
    CHECK(a.return_value == b.return_value);
    CHECK(a.orders == b.orders);
    CHECK(a.customers == b.customers);
    CHECK(a.units == b.units);
    CHECK(a.sale_lines == b.sale_lines);
    CHECK(a.return_lines == b.return_lines);
    CHECK(a.countries == b.countries);
    CHECK(a.new_customers == b.new_customers);
    CHECK(a.repeat_customers == b.repeat_customers);
    CHECK(a.countries >= 1);
  }
}
