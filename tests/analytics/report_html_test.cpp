// The executive report (analytics/report_html.h) on the hand-checked fixture
// of report_json_test.cpp: the same figures in accessible tables, no script
// and nothing fetched from elsewhere.
#include <doctest.h>

#include "analytics/report_html.h"
#include "analytics/report_tables.h"
#include "core/format.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
size_t count(const std::string& s, const std::string& part) {
  size_t n = 0;
  for (size_t p = s.find(part); p != std::string::npos; p = s.find(part, p + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("the report page holds the fixture's figures in captioned tables") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  ReportHtmlOptions o;
  o.title = "rfm_ties_three_months.csv";
  const std::string html = report_html(compute_report(s, Filter{}), o);
  // Revenue 2,330.00, 29 orders, 10 customers (report_json_test.cpp, by hand).
  CHECK(has(html, R"(<th scope="row">Revenue</th><td class="n">2,330.00</td>)"));
  CHECK(has(html, R"(<th scope="row">Orders</th><td class="n">29</td>)"));
  CHECK(has(html, R"(<th scope="row">Customers</th><td class="n">10</td>)"));
  // Champions: 2 customers, 20% of them, 900.00 revenue.
  CHECK(has(html, R"(<th scope="row">Champions</th><td class="n">2</td><td class="n">20.0%</td><td class="n">900.00</td>)"));
  CHECK(has(html, "Filter in force: none (all data)."));
  CHECK(count(html, "<table") == count(html, "</table>"));
  CHECK(count(html, "<table") == count(html, "<caption>"));
  CHECK(count(html, "<svg") >= 2);  // the trend and the segments
  CHECK(count(html, "role=\"img\"") == count(html, "<svg"));
  CHECK_FALSE(has(html, "<script"));
  CHECK_FALSE(has(html, "://"));  // no address of anything to fetch
  CHECK_FALSE(has(html, " src="));
  CHECK(has(html, "@page{size:A4"));
}

TEST_CASE("the filter in force and masking are stated; text is escaped") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  Filter f;
  f.from = days_from_civil(2024, 2, 1);
  ReportHtmlOptions o;
  o.title = "a<b>&c.csv";
  o.masked = true;
  const std::string html = report_html(compute_report(s, f), o);
  CHECK(has(html, "Filter in force: 2024-02-01 to end."));
  CHECK(has(html, "a&lt;b&gt;&amp;c.csv"));
  CHECK(has(html, "are masked"));
}

TEST_CASE("a table's CSV has its header and raw values") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  const auto tables = report_tables(compute_report(s, Filter{}), "");
  const ReportTable* k = find_table(tables, "kpis");
  REQUIRE(k != nullptr);
  const std::string csv = report_table_csv(*k);
  CHECK(csv.rfind("Figure,This period,Previous period,Change\r\nRevenue,2330.00,", 0) == 0);
  CHECK(find_table(tables, "segments") != nullptr);
  CHECK(find_table(tables, "no-such") == nullptr);
}

TEST_CASE("the report page carries the predictions: forecast, seasonality, lifetime value, churn, bought together") {
  // The demo shop (its models fit): each predictive section is a captioned
  // table holding the figures the report computed, and no customer id.
  const FactStore& s = test::demo_store();
  const Report r = compute_report(s, Filter{});
  REQUIRE(r.forecast.fitted);
  REQUIRE(r.clv.fitted);
  REQUIRE(r.churn.fitted);
  REQUIRE_FALSE(r.basket.pairs.empty());
  ReportHtmlOptions o;
  o.title = "demo.csv";
  const std::string html = report_html(r, o);
  CHECK(has(html, "<h2>Predictions</h2>"));
  const auto tables = report_tables(r, s.currency_symbol);
  const ReportTable* f = find_table(tables, "forecast");
  REQUIRE(f != nullptr);
  CHECK(f->rows.size() == static_cast<size_t>(r.forecast.horizon));
  CHECK(f->rows[0][0].text == r.forecast.future_labels[0]);
  CHECK(has(f->caption, r.forecast.revenue.model == "multiplicative" ? "Multiplicative" : "Additive"));
  const ReportTable* season = find_table(tables, "seasonality");
  REQUIRE(season != nullptr);
  CHECK(season->rows.size() == static_cast<size_t>(r.forecast.season));
  const ReportTable* clv = find_table(tables, "clv_models");
  REQUIRE(clv != nullptr);
  CHECK(clv->rows[0][2].text == format_fixed(r.clv.bgnbd.params.r, 4));
  CHECK(find_table(tables, "clv_holdout") != nullptr);
  const ReportTable* churn = find_table(tables, "churn");
  REQUIRE(churn != nullptr);
  CHECK(has(churn->caption, "ROC AUC " + format_fixed(r.churn.auc, 3)));
  const ReportTable* pairs = find_table(tables, "basket_pairs");
  REQUIRE(pairs != nullptr);
  CHECK(pairs->rows[0][5].text == format_fixed(r.basket.pairs[0].lift, 2));
  for (const char* caption : {"Revenue forecast", "Seasonal effect on revenue", "Lifetime-value models",
                              "Calibration against holdout", "Churn model", "Bought together"})
    CHECK(has(html, caption));
  CHECK(count(html, "<table") == count(html, "<caption>"));
  for (const std::string& id : r.clv.top_ids) CHECK_FALSE(has(html, ">" + id + "<"));
}
