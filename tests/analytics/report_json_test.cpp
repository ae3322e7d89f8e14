// The report JSON (docs/report-json.md): every section is present with the
// documented names; figures rounded to cents; figures from the hand-checked
// fixtures.
#include <doctest.h>

#include "analytics/report.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
bool has(const std::string& json, const char* text) { return json.find(text) != std::string::npos; }
}  // namespace

TEST_CASE("report JSON sections on rfm_ties_three_months") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  std::string j = report_to_json(compute_report(s, Filter{}), false);
  CHECK(has(j, R"("schema":"starcart.report/1")"));
  for (const char* key : {R"("input":)", R"("filter":)", R"("period":)", R"("previous_period":)", R"("kpis":)",
                          R"("previous_kpis":)", R"("deltas":)", R"("monthly":)", R"("trends":)", R"("daily":)",
                          R"("weekly":)", R"("year_over_year":)", R"("weekday_hour":)", R"("cohorts":)",
                          R"("rfm":)", R"("customers":)", R"("top_products":)", R"("top_products_by_units":)",
                          R"("categories":)", R"("abc":)", R"("countries":)", R"("states":)", R"("cities":)",
                          R"("payments":)", R"("returns":)"}) {
    CAPTURE(key);
    CHECK(has(j, key));
  }
  CHECK(has(j, R"("revenue":2330.00,"net_revenue":2230.00,"orders":29,"customers":10)"));
  CHECK(has(j, R"({"cohort":"2024-01","size":7,"active":[7,6,5],"retention":[1,0.857143,0.714286],"revenue":[570.00,650.00,750.00])"));
  CHECK(has(j, R"("snapshot_date":"2024-04-01","snapshot_source":"data","scored_customers":10)"));
  CHECK(has(j, R"({"name":"Champions","key":"champions","customers":2,"share":0.2,"revenue":900.00)"));
  CHECK(has(j, R"("median_days":24)"));
  CHECK_FALSE(has(j, R"("table":)"));  // the per-customer table only on request
}

TEST_CASE("report JSON: the per-customer table on request, filter echo") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  Filter f;
  f.segments = {"Can't Lose"};
  f.cohort = month_index(2024, 1);
  f.snapshot = days_from_civil(2024, 4, 1);
  ReportOptions o;
  o.customer_table = true;
  std::string j = report_to_json(compute_report(s, f, o), false);
  CHECK(has(j, R"("segments":["Can't Lose"],"cohort":"2024-01","snapshot":"2024-04-01")"));
  CHECK(has(j, R"("snapshot_source":"user")"));
  CHECK(has(j, R"("table":[{"customer":"1007","recency":30,"frequency":5,"monetary":250.00,"r":2,"f":5,"m":3,"segment":"Can't Lose"}])"));
}

TEST_CASE("report JSON: countries with ISO codes, unknown names flagged") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  std::string j = report_to_json(compute_report(s, Filter{}), false);
  CHECK(has(j, R"({"country":"EIRE","known":true,"alpha2":"IE","alpha3":"IRL","numeric":372,"region":"Europe","revenue":10.00)"));
  CHECK(has(j, R"({"country":"Unspecified","known":false,"alpha2":null,"alpha3":null,"numeric":null,"region":null,"revenue":5.00)"));
  CHECK(has(j, R"({"payment_type":"Credit card","orders":3,"order_share":0.5,"revenue":40.00)"));
}
