// The comparison and insights sections of the report JSON and the HTML
// report (docs/report-json.md). Figures from
// tests/data/csv/compare_offsetting_categories.csv, worked out by hand in
// tests/analytics/period_compare_test.cpp: this month (Mar 1–20, 2024)
// 85.00 against Feb 1–20 60.00; Kitchen +40.00 = 160 % of the +25.00.
#include <doctest.h>

#include "analytics/report.h"
#include "analytics/report_html.h"
#include "analytics/report_tables.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
bool has(const std::string& json, const char* text) { return json.find(text) != std::string::npos; }
}  // namespace

TEST_CASE("report JSON: the comparison section") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const std::string j = report_to_json(compute_report(s, Filter{}), false);
  CHECK(has(j, R"("comparison":{"preset":"this-month","anchor":"2024-03-20","current":{"from":"2024-03-01","to":"2024-03-20","days":20},"previous":{"from":"2024-02-01","to":"2024-02-20","days":20})"));
  CHECK(has(j, R"({"key":"revenue","label":"Revenue","unit":"money","current":85.00,"previous":60.00,"absolute":25.00,"relative":0.416667})"));
  CHECK(has(j, R"({"key":"orders","label":"Orders","unit":"count","current":3,"previous":3,"absolute":0,"relative":0})"));
  CHECK(has(j, R"("revenue_change":25.00)"));
  CHECK(has(j, R"("categories":[{"key":"Kitchen","label":"Kitchen","current":70.00,"previous":30.00,"change":40.00,"share":1.6,"relative":1.333333})"));
  CHECK(has(j, R"j({"key":"guests","label":"Guests (no customer id)","current":10.00,"previous":10.00,"change":0.00,"share":0,"relative":0})j"));
  CHECK(has(j, R"("insights":{"preset":"this-month","items":[)"));
}

TEST_CASE("report JSON: a custom comparison, insights left out on request") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  ReportOptions o;
  o.compare.preset = ComparePreset::kCustom;
  o.compare.custom = {{days_from_civil(2024, 2, 12), days_from_civil(2024, 2, 12)},
                      {days_from_civil(2024, 3, 20), days_from_civil(2024, 3, 20)}};
  o.insights = false;
  const std::string j = report_to_json(compute_report(s, Filter{}, o), false);
  // 102 (France, 10.00) against 203 (Germany, 10.00): no total change, no shares.
  CHECK(has(j, R"("preset":"custom")"));
  CHECK(has(j, R"("revenue_change":0.00)"));
  CHECK(has(j, R"({"key":"France","label":"France","current":10.00,"previous":0.00,"change":10.00,"share":null,"relative":null})"));
  CHECK_FALSE(has(j, R"("insights":)"));
}

TEST_CASE("HTML report and tables: the comparison and the insights") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const Report r = compute_report(s, Filter{});
  REQUIRE_FALSE(r.insights.items.empty());
  const auto tables = report_tables(r, "");
  const ReportTable* c = find_table(tables, "comparison");
  REQUIRE(c);
  CHECK(c->rows[0][0].text == "Revenue");
  CHECK(c->rows[0][1].raw == "60.00");
  CHECK(c->rows[0][2].raw == "85.00");
  CHECK(c->rows[0][4].text == "+41.7%");
  const ReportTable* k = find_table(tables, "contributions");
  REQUIRE(k);
  CHECK(k->rows[0][1].text == "Kitchen");
  CHECK(k->rows[0][5].text == "160.0%");
  REQUIRE(find_table(tables, "insights"));
  const std::string html = report_html(r, ReportHtmlOptions{});
  CHECK(has(html, "<h2>Insights</h2>"));
  CHECK(has(html, "<h2>Period comparison</h2>"));
  CHECK(has(html, html_escape(r.insights.items[0].text).c_str()));
}
