// Automatic insights on data built to contain known effects. Expected values
// are worked out by hand in the comments (docs/metrics.md, "Insights", has
// the rules); the demo shop's planted effects (ingest/demo_effects.h) must be
// found and ranked first.
#include <doctest.h>

#include <string>

#include "analytics/insights/insights.h"
#include "analytics/slice.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

Day d(int y, int m, int day) { return days_from_civil(y, m, day); }

// One CSV line: invoice, sku, quantity, day, price, customer ("" = guest), category.
void line(std::string& csv, const std::string& invoice, const std::string& sku, int q, Day day, const char* price,
          const std::string& customer, const char* category = "Kitchen") {
  csv += invoice + "," + sku + ",PRODUCT " + sku + "," + std::to_string(q) + "," + format_iso_date(day) + " 10:00," +
         price + "," + customer + ",France," + category + "\n";
}

constexpr const char* kHeader = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,Category\n";

const Insight* first_of(const std::vector<Insight>& items, InsightKind kind) {
  for (const Insight& i : items)
    if (i.kind == kind) return &i;
  return nullptr;
}

}  // namespace

TEST_CASE("insights: movers are the members that moved away from the shop's trend") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const FactIndex x = build_fact_index(s);
  const PeriodComparison c = compare_periods(x, Filter{}, CompareRequest{});
  std::vector<Insight> m = insights::movers(c, Filter{}, "");
  insights::rank(m);
  // Mar 1–20 vs Feb 1–20: 85 vs 60, g = 25/60. excess = change − previous × g, effect = |excess| / 60:
  //   A1  +40 − 20×g = 31.667 → 0.52778     B1 −15 − 30×g = −27.5 → 0.45833
  //   Home −15 − 30×g = −27.5 → 0.45833     Kitchen +40 − 30×g = 27.5 → 0.45833
  //   France +30 − 30×g = 17.5 → 0.29167    Germany −5 − 30×g = −17.5 → 0.29167
  //   A2 0 − 10×g = −4.167 → 0.0694 passes (gap |0 − g| ≥ 0.25) but products keep 2.
  // Ties by subject: B1 < Home < Kitchen, France < Germany.
  REQUIRE(m.size() == 6);
  CHECK(m[0].subject == "A1");
  CHECK(m[0].effect == doctest::Approx(31.6667 / 60).epsilon(1e-4));
  CHECK(m[1].subject == "B1");
  CHECK(m[2].subject == "Home");
  CHECK(m[3].subject == "Kitchen");
  CHECK(m[3].effect == doctest::Approx(27.5 / 60));
  CHECK(m[4].subject == "France");
  CHECK(m[4].effect == doctest::Approx(17.5 / 60));
  CHECK(m[5].subject == "Germany");
  // The sentence carries the numbers; the link opens the Compare tab on the category.
  CHECK(m[3].text == "Kitchen revenue rose 133.3% (30.00 to 70.00, +40.00) in 2024-03-01 to 2024-03-20 vs "
                     "2024-02-01 to 2024-02-20, while total revenue changed +41.7%; it makes 160.0% of the total change.");
  CHECK(m[3].link.tab == "compare");
  CHECK(m[3].link.filter.categories == std::vector<std::string>{"Kitchen"});
}

TEST_CASE("insights: a cohort that retains unusually well") {
  // Five cohorts of 20 customers (Jan–May 2024), data to August. In each of
  // months 1–3 after its first, 4 of 20 buy again (20 %) — except April's,
  // where 16 of 20 do (80 %). Median of r = 0.2; April: gap 0.6 ≥ max(0.08,
  // 3 √(0.2 × 0.8 / 20) = 0.268) → one insight, effect 0.6.
  std::string csv = kHeader;
  int invoice = 1000;
  for (int cohort = 0; cohort < 5; ++cohort) {
    for (int c = 0; c < 20; ++c) {
      const std::string id = std::to_string(100 * (cohort + 1) + c);
      line(csv, std::to_string(invoice++), "A1", 1, d(2024, 1 + cohort, 5), "10.00", id);
      const int repeaters = cohort == 3 ? 16 : 4;
      if (c >= repeaters) continue;
      for (int k = 1; k <= 3; ++k) line(csv, std::to_string(invoice++), "A1", 1, d(2024, 1 + cohort + k, 10), "10.00", id);
    }
  }
  auto s = test::load_csv("cohorts.csv", csv);
  REQUIRE(s.ok());
  const FactIndex x = build_fact_index(*s);
  const std::vector<Insight> found = insights::cohort_retention(compute_cohorts(x, select_lines(*s, Filter{})), Filter{});
  REQUIRE(found.size() == 1);
  CHECK(found[0].subject == "2024-04");
  CHECK(found[0].effect == doctest::Approx(0.6));
  CHECK(found[0].value == doctest::Approx(0.8));
  CHECK(found[0].baseline == doctest::Approx(0.2));
  CHECK(found[0].link.tab == "cohorts");
  CHECK(found[0].link.filter.cohort == month_index(2024, 4));
}

TEST_CASE("insights: a product whose return rate jumped") {
  // Last day 2024-12-31: recent = Oct 3 – Dec 31 (90 days), before = the 365 days to Oct 2.
  // P: 40 sale lines recently, 20 returned (50 %); 100 before, 2 returned (2 %).
  // Q: 40 recently, 2 returned (5 %); 100 before, 3 returned (3 %): +2 points, below 10.
  // P: pooled 22/140, se = √(0.157143 × 0.842857 × (1/40 + 1/100)) = √0.0046357 = 0.068086,
  // z = 0.48 / 0.068086 = 7.0499 ≥ 3 → effect 0.48 (z printed "7.0").
  std::string csv = kHeader;
  int invoice = 5000;
  auto sales = [&](const std::string& sku, int count, Day first, int returned) {
    for (int i = 0; i < count; ++i) {
      const Day day = first + i;
      line(csv, std::to_string(invoice++), sku, 2, day, "5.00", "1");
      if (i < returned) line(csv, "C" + std::to_string(invoice++), sku, -2, day, "5.00", "1");
    }
  };
  sales("P", 100, d(2024, 1, 1), 2);
  sales("Q", 100, d(2024, 2, 1), 3);
  sales("P", 40, d(2024, 11, 1), 20);
  sales("Q", 40, d(2024, 11, 1), 2);
  line(csv, "9999", "Z", 1, d(2024, 12, 31), "1.00", "2");
  auto s = test::load_csv("returns.csv", csv);
  REQUIRE(s.ok());
  const FactIndex x = build_fact_index(*s);
  const std::vector<Insight> found = insights::return_jump(x, Filter{}, d(2024, 12, 31));
  REQUIRE(found.size() == 1);
  CHECK(found[0].subject == "P");
  CHECK(found[0].effect == doctest::Approx(0.48));
  CHECK(found[0].text.find("20 returned lines per 40 sold (50.0%)") != std::string::npos);
  CHECK(found[0].text.find("2.0% (2 per 100)") != std::string::npos);
  CHECK(found[0].text.find("z = 7.0") != std::string::npos);
  CHECK(found[0].link.tab == "returns");
  CHECK(found[0].link.filter.from == d(2024, 10, 3));
}

TEST_CASE("insights: a revenue anomaly is sized against a typical month") {
  FactStore s = test::load_fixture("csv/compare_offsetting_categories.csv");
  const FactIndex x = build_fact_index(s);
  // 60 daily points of 100 and one of 400 at index 40, expected 100: mean =
  // (59 × 100 + 400) / 60 = 105; effect = 300 / (105 × 30.4375) = 0.093872.
  // The data's first sale day is 2024-01-15, so index 40 is Sat 2024-02-24.
  forecast::Forecast f;
  f.fitted = true;
  f.revenue.actual.assign(60, 100.0);
  f.revenue.actual[40] = 400;
  for (int i = 0; i < 60; ++i) f.labels.push_back(format_iso_date(d(2024, 1, 15) + i));
  f.revenue.anomalies.push_back({40, 400, 100, 9.0});
  const std::vector<Insight> found = insights::anomalies(x, select_lines(s, Filter{}), f, Filter{}, "");
  REQUIRE(found.size() == 1);
  CHECK(found[0].subject == "2024-02-24");
  CHECK(found[0].effect == doctest::Approx(300.0 / (105 * 30.4375)));
  CHECK(found[0].text == "Revenue on Sat 2024-02-24 was 400.00, 4.0 times the 100.00 the trend expected (+300.00, "
                         "9.4% of a typical month's revenue; robust z = 9.0).");
  CHECK(found[0].link.tab == "trends");
  CHECK(found[0].link.filter.from == d(2024, 2, 1));
  CHECK(found[0].link.filter.to == d(2024, 2, 29));
}

TEST_CASE("insights: ranking is by effect, ties by kind then subject") {
  std::vector<Insight> v(3);
  v[0].kind = InsightKind::kCohort, v[0].effect = 0.2, v[0].subject = "b";
  v[1].kind = InsightKind::kMover, v[1].effect = 0.2, v[1].subject = "z";
  v[2].kind = InsightKind::kCohort, v[2].effect = 0.2 + 1e-13, v[2].subject = "a";  // equal at 1e-9
  insights::rank(v);
  CHECK(v[0].subject == "z");  // kMover before kCohort
  CHECK(v[1].subject == "a");
  CHECK(v[2].subject == "b");
}

TEST_CASE("insights: the demo shop's planted effects are found and ranked first") {
  // ingest/demo_effects.h: a one-day spike on 2024-09-17, Garden growing in
  // December 2024 while the shop falls from its November peak, the July 2023
  // cohort retaining far better, and the second most popular product (a
  // Kitchen product) returned on 45 % of most of its lines from October 2024.
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  const Insights in = compute_insights(x, Filter{}, InsightOptions{});
  const std::vector<Insight>& items = in.items;
  REQUIRE(items.size() >= 5);
  const Insight* spike = first_of(items, InsightKind::kAnomaly);
  const Insight* mover = first_of(items, InsightKind::kMover);
  const Insight* cohort = first_of(items, InsightKind::kCohort);
  const Insight* returns = first_of(items, InsightKind::kReturnRate);
  REQUIRE(spike);
  REQUIRE(mover);
  REQUIRE(cohort);
  REQUIRE(returns);
  CHECK(spike->subject == "2024-09-17");
  CHECK(spike->value > 4 * spike->baseline);  // about eight normal days of lines in one
  CHECK(mover->subject == "Garden");
  CHECK(mover->value > 1.4 * mover->baseline);
  CHECK(cohort->subject == "2023-07");
  CHECK(cohort->value > 2 * cohort->baseline);
  const auto sku = s.products.find(returns->subject);
  REQUIRE(sku);
  CHECK(s.categories.at(s.product_category[*sku]) == "Kitchen");
  CHECK(returns->value > 0.25);     // 45 % of about two thirds of its lines
  CHECK(returns->baseline < 0.06);  // the shop's usual 2–4 %
  // All four among the first five (the fifth place may go to a natural effect).
  for (const Insight* p : {spike, mover, cohort, returns}) CHECK(p - items.data() < 5);
  // Deterministic: the same list again.
  const Insights again = compute_insights(x, Filter{}, InsightOptions{});
  REQUIRE(again.items.size() == items.size());
  for (size_t i = 0; i < items.size(); ++i) CHECK(again.items[i].text == items[i].text);
}

TEST_CASE("insights: reusing the filter's slice (its RFM as the segment insight's now) changes nothing") {
  // The Overview passes the slice it already scored; the insights must be
  // those computed from scratch (two RFM scorings, their own slice), for a
  // filter whose RFM day is the current period's end + 1 (no filter; a
  // country) and one where it is not (a date range ending earlier).
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  Filter germany;
  germany.countries = {"Germany"};
  Filter early;
  early.to = s.last_day - 40;
  for (const Filter& f : {Filter{}, germany, early}) {
    Slice slice = make_slice(x, f);
    ensure_customer_facts(x, slice);
    InsightInputs in;
    in.slice = &slice;
    const Insights reused = compute_insights(x, f, InsightOptions{}, in);
    const Insights fresh = compute_insights(x, f, InsightOptions{});
    REQUIRE(reused.items.size() == fresh.items.size());
    for (size_t i = 0; i < fresh.items.size(); ++i) CHECK(reused.items[i].text == fresh.items[i].text);
  }
}

TEST_CASE("insights: a shrinking segment, scored by hand at both ends") {
  // 100 customers; previous period ends 2024-03-31, current 2024-06-30.
  //   A (20): orders on Mar 20, 25, 30.       B (20): one order on Jan 10;
  //   C (60): one order on Jan 5.             18 of B buy again Jun 20, 25, 29.
  // As of Apr 1 (lines to Mar 31): A recency 2 d, F 3; B 82 d, F 1; C 87 d, F 1.
  //   R = 1 + ⌊5 × worse / 100⌋: A 80 worse → 5, B 60 → 4, C 0 → 1.
  //   F: A 80 worse (F 1) → 5, B and C → 1.
  //   A R5 F5 Champions (20), B R4 F1 Promising (20), C R1 F1 Hibernating (60).
  // As of Jul 1 (lines to Jun 30): 18 B: recency 2 d, F 4; A 93 d, F 3;
  //   2 B: 173 d, F 1; C 178 d, F 1.
  //   R: 18 B 82 worse → 5; A 62 → 4; 2 B 60 → 4; C → 1.
  //   F: 18 B 82 worse → 5; A 62 → 4; 2 B and C → 1.
  //   18 B Champions, A R4 F4 Loyal, 2 B Promising, C Hibernating.
  // Promising 20 → 2: lost 18 ≥ 10, 90 % ≥ 15 %, had 20 ≥ 20 → effect 18/100.
  // Champions 20 → 18 lost only 2; Hibernating and the growing Loyal: none.
  std::string csv = kHeader;
  int invoice = 7000;
  for (int c = 0; c < 20; ++c)
    for (int day : {20, 25, 30}) line(csv, std::to_string(invoice++), "A1", 1, d(2024, 3, day), "10.00", std::to_string(100 + c));
  for (int c = 0; c < 20; ++c) {
    line(csv, std::to_string(invoice++), "A1", 1, d(2024, 1, 10), "10.00", std::to_string(200 + c));
    if (c < 18)
      for (int day : {20, 25, 29}) line(csv, std::to_string(invoice++), "A1", 1, d(2024, 6, day), "10.00", std::to_string(200 + c));
  }
  for (int c = 0; c < 60; ++c) line(csv, std::to_string(invoice++), "A1", 1, d(2024, 1, 5), "10.00", std::to_string(300 + c));
  auto s = test::load_csv("segments.csv", csv);
  REQUIRE(s.ok());
  const FactIndex x = build_fact_index(*s);
  ComparePeriods p;
  p.previous = DayRange{d(2024, 1, 1), d(2024, 3, 31)};
  p.current = DayRange{d(2024, 4, 1), d(2024, 6, 30)};
  const std::vector<Insight> found = insights::segment_shrink(x, Filter{}, p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == InsightKind::kSegment);
  CHECK(found[0].effect == doctest::Approx(0.18));
  CHECK(found[0].baseline == 20);
  CHECK(found[0].value == 2);
  CHECK(found[0].text ==
        "The Promising segment shrank from 20 to 2 customers (-90.0%, 18.0% of the 100 customers scored) between "
        "2024-03-31 and 2024-06-30 (RFM scored as of each day).");
  CHECK(found[0].link.tab == "customers");
  CHECK(found[0].link.filter.segments == std::vector<std::string>{"Promising"});
}

TEST_CASE("insights: the segment insight's before, cut from the slice's own pass, is a slice of its own's") {
  // The Analyzer scores the slice and takes the facts up to the previous
  // period's end in the same pass; the insight must be the one computed
  // from two slices of its own, for filters with and without an end and a
  // start, and for a "before" two months earlier (where the demo's segments
  // shrink: the check is not vacuous).
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  Filter germany;
  germany.countries = {"Germany"};
  Filter early;
  early.to = s.last_day - 40;
  Filter recent;
  recent.from = s.last_day - 400;
  size_t found = 0;
  for (const Filter& f : {Filter{}, germany, early, recent}) {
    const PeriodComparison cmp = compare_periods(x, f, {});
    for (Day end : {cmp.periods.previous.to, cmp.periods.previous.to - 61}) {
      ComparePeriods p = cmp.periods;
      p.previous.to = end;
      Slice slice = make_slice(x, f);
      CustomerStats before;
      REQUIRE(ensure_customer_facts(x, slice, end, before));
      const std::vector<Insight> cut = insights::segment_shrink(x, f, p, &slice, &before);
      const std::vector<Insight> own = insights::segment_shrink(x, f, p);
      REQUIRE(cut.size() == own.size());
      for (size_t i = 0; i < own.size(); ++i) CHECK(cut[i].text == own[i].text);
      found += own.size();
    }
  }
  CHECK(found > 0);
}

TEST_CASE("insights: return jumps counted on the filter's own base are those of selections of their own") {
  // The windows (the 90 days to the anchor, the 365 before) are a run of the
  // base when the filter's dates cover them; else (a later start, a customer
  // filter) each window is selected anew. Both must give the same insights.
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  Filter kitchen;
  kitchen.categories = {"Kitchen"};
  Filter wide;
  wide.from = s.last_day - 500;
  wide.to = s.last_day;
  Filter late;
  late.from = s.last_day - 100;
  Filter champions;
  champions.segments = {"Champions"};
  size_t found = 0;
  for (const Filter& f : {Filter{}, kitchen, wide, late, champions}) {
    const Slice slice = make_slice(x, f);
    const std::vector<Insight> based = insights::return_jump(x, f, s.last_day, &slice);
    const std::vector<Insight> own = insights::return_jump(x, f, s.last_day);
    REQUIRE(based.size() == own.size());
    for (size_t i = 0; i < own.size(); ++i) CHECK(based[i].text == own[i].text);
    found += own.size();
  }
  CHECK(found > 0);  // the planted Kitchen product
}
