// Churn features and the time-split model on hand-made shops.
#include <doctest.h>

#include <cmath>
#include <string>

#include "analytics/churn/churn_analysis.h"
#include "analytics/fact_index.h"
#include "core/date.h"
#include "support/test_data.h"

using namespace starcart;
using namespace starcart::churn;

namespace {

FactStore load(const std::string& csv) {
  auto s = test::load_csv("shop.csv", csv);
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
  return std::move(*s);
}

const CustomerFeatures* find(const FactStore& s, const std::vector<CustomerFeatures>& f, const char* id) {
  for (const CustomerFeatures& c : f)
    if (s.customers.at(c.customer) == id) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("churn features and labels at a cut-off, worked by hand") {
  FactStore s = load(
      "order_id,order_date,customer_id,sku,quantity,unit_price\n"
      "1,2024-01-01,C1,A,1,10\n"
      "2,2024-01-10,C2,B,2,50\n"
      "3,2024-01-20,C2,B,-1,50\n"  // a return of half of C2's purchase
      "4,2024-02-01,C1,A,2,10\n"
      "5,2024-03-01,C3,C,1,20\n"
      "6,2024-04-15,C1,A,1,10\n"   // in the 30 days after the cut-off
      "7,2024-06-01,C3,C,1,20\n");  // after them
  FactIndex x = build_fact_index(s);
  auto f = churn_features(x, select_lines(s, Filter{}), days_from_civil(2024, 3, 31), 30);
  REQUIRE(f.size() == 3);
  const CustomerFeatures* c1 = find(s, f, "C1");
  const CustomerFeatures* c2 = find(s, f, "C2");
  const CustomerFeatures* c3 = find(s, f, "C3");
  REQUIRE((c1 && c2 && c3));
  // C1: last purchase Feb 1 (59 days before Mar 31 2024), first Jan 1 (90 days), 2 orders, 30.
  CHECK(c1->raw[0] == 59);
  CHECK(c1->raw[1] == doctest::Approx(std::log(3.0)));
  CHECK(c1->raw[2] == doctest::Approx(std::log(31.0)));
  CHECK(c1->raw[3] == 90);
  CHECK(c1->raw[4] == 0);
  CHECK(c1->label == 0);  // bought on Apr 15
  // C2: one order of 100 on Jan 10 (81 days), half returned; no purchase after.
  CHECK(c2->raw[0] == 81);
  CHECK(c2->raw[3] == 81);
  CHECK(c2->raw[4] == doctest::Approx(0.5));
  CHECK(c2->label == 1);
  // C3: bought Mar 1 (30 days) and next on Jun 1, outside the 30 days.
  CHECK(c3->raw[0] == 30);
  CHECK(c3->label == 1);
}

TEST_CASE("churn model separates lapsed from active customers perfectly") {
  // 20 customers buy every week of 2024; 20 stop after a few weeks (the last
  // stops on day 150, long before the training cut-off of 2024-07-04). At
  // both cut-offs recency alone separates the classes: AUC, precision and
  // recall on the test window must all be 1.
  std::string csv = "order_id,order_date,customer_id,sku,quantity,unit_price\n";
  int order = 0;
  const Day start = days_from_civil(2024, 1, 1), end = days_from_civil(2024, 12, 31);
  for (int c = 0; c < 40; ++c) {
    const bool lapsed = c >= 20;
    const Day stop = lapsed ? start + 20 + 6 * (c - 20) : end;
    for (Day d = start + c % 7; d <= stop; d += 7)
      csv += std::to_string(++order) + "," + format_iso_date(d) + ",K" + std::to_string(c) + ",A,1,10\n";
  }
  csv += std::to_string(++order) + "," + format_iso_date(end) + ",K0,A,1,10\n";
  FactStore s = load(csv);
  FactIndex x = build_fact_index(s);
  ChurnAnalysis a = analyze_churn(x, select_lines(s, Filter{}));
  REQUIRE(a.fitted);
  CHECK(a.train_cutoff == end - 180);
  CHECK(a.test_cutoff == end - 90);
  CHECK(a.train_customers == 40);
  CHECK(a.train_churn_rate == doctest::Approx(0.5));
  CHECK(a.auc == doctest::Approx(1.0));
  CHECK(a.precision == doctest::Approx(1.0));
  CHECK(a.recall == doctest::Approx(1.0));
  CHECK(a.coefficient[0] > 0);  // longer since the last purchase, more likely gone
  CHECK(a.customers_at_risk == 20);
  CHECK(a.revenue_at_risk > 0);
}

TEST_CASE("churn needs three horizons of history") {
  FactStore s = load("order_id,order_date,customer_id,sku,quantity,unit_price\n1,2024-01-01,C1,A,1,10\n"
                     "2,2024-03-01,C1,A,1,10\n");
  FactIndex x = build_fact_index(s);
  ChurnAnalysis a = analyze_churn(x, select_lines(s, Filter{}));
  CHECK_FALSE(a.fitted);
  CHECK(!a.note.empty());
}

TEST_CASE("churn in three steps (the page's path) gives the one-shot analysis") {
  // The demo shop: the fit, the test figures and the at-risk list after
  // step 1 (training and fit), step 2 (test window) and step 3 (scoring).
  const FactStore& loaded = test::demo_store();
  const FactIndex x = build_fact_index(loaded);
  const Selection sel = select_lines(loaded, Filter{});
  const ChurnAnalysis once = analyze_churn(x, sel);
  REQUIRE(once.fitted);
  ChurnJob job(x, sel, ChurnOptions{});
  CHECK_FALSE(job.step());
  CHECK_FALSE(job.step());
  CHECK(job.step());
  const ChurnAnalysis stepped = job.take();
  CHECK(stepped.intercept == once.intercept);
  for (int j = 0; j < kChurnFeatures; ++j) CHECK(stepped.coefficient[j] == once.coefficient[j]);
  CHECK(stepped.auc == once.auc);
  CHECK(stepped.precision == once.precision);
  CHECK(stepped.customers_at_risk == once.customers_at_risk);
  CHECK(stepped.revenue_at_risk == once.revenue_at_risk);
  REQUIRE(stepped.at_risk.size() == once.at_risk.size());
  for (size_t i = 0; i < once.at_risk.size(); ++i) CHECK(stepped.at_risk[i].id == once.at_risk[i].id);
}

TEST_CASE("churn without enough history stops after its first step") {
  FactStore s = load("order_id,order_date,customer_id,sku,quantity,unit_price\n1,2024-01-01,C1,A,1,10\n");
  FactIndex x = build_fact_index(s);
  const Selection sel = select_lines(s, Filter{});
  ChurnJob job(x, sel, ChurnOptions{});
  CHECK(job.step());
  CHECK_FALSE(job.take().fitted);
}
