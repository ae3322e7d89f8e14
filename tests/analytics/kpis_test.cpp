// Expected values worked out by hand from tests/data/csv/online_retail_small.csv
// (see the comments; docs/metrics.md has the rules).
#include <doctest.h>

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
