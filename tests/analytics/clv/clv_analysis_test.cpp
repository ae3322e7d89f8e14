// The whole lifetime-value pipeline on the raw CDNOW log (69,659 rows,
// tests/data/cdnow/CDNOW_master.txt): whitespace-separated ingest → FactStore
// → customer summary → BG/NBD + Gamma-Gamma → predictions. Expected values
// come from tests/analytics/clv/cdnow_reference.py, an independent
// standard-library Python implementation (own parser, own summary, own
// Nelder-Mead and hypergeometric series) run on the same file:
//   customers 23500 repeaters 9449
//   bgnbd r=0.25274 alpha=4.79758 a=0.72255 b=2.15822 LL=-95320.395
//   holdout (39 weeks) by calibration repeats: actual / predicted means
//   x=0 n=14051 0.2516/0.2318 ... x=7+ n=636 6.5912/6.4706
//   gamma-gamma p=6.27070 q=3.62605 gamma=15.00336 LL=-40758.756
//   customer 00004: x=2 t_x=30.4286 T=38.8571 p_alive=0.729426
//                   E[Y(52w)]=1.571124 value=24.6791 clv12=36.6175
// The full log's parameters sit beside the published 1/10 sample's (r 0.243,
// α 4.414, a 0.793, b 2.426; p 6.25, q 3.74, γ 15.44): same shape, as a
// sample of the same customers should give.
#include <doctest.h>

#include <algorithm>

#include "analytics/clv/clv_analysis.h"
#include "analytics/clv/customer_summary.h"
#include "analytics/fact_index.h"
#include "support/test_data.h"

using namespace starcart;
using namespace starcart::clv;

namespace {

struct Cdnow {
  FactStore store = test::load_fixture("cdnow/CDNOW_master.txt");
  FactIndex index = build_fact_index(store);
  Selection all = select_lines(store, Filter{});
};

Cdnow& cdnow() {
  static Cdnow c;  // one load for the cases below
  return c;
}

ClvOptions published_periods() {
  ClvOptions o;
  o.calibration_end = days_from_civil(1997, 9, 30);  // 39 weeks from 1997-01-01
  return o;
}

}  // namespace

TEST_CASE("CDNOW raw log loads every row through the whitespace layout") {
  Cdnow& c = cdnow();
  REQUIRE(c.store.files.size() == 1);
  CHECK(c.store.files[0].layout == "CDNOW transactions");
  // 69,659 rows: equal rows are separate purchases (no order id), and the
  // 80 rows of value 0 are loaded but excluded from every figure.
  CHECK(c.store.files[0].counts.rows_read == 69659);
  CHECK(c.store.files[0].counts.rows_loaded == 69659);
  CHECK(c.store.excluded_lines == 80);
  CHECK(c.store.first_day == days_from_civil(1997, 1, 1));
  CHECK(c.store.last_day == days_from_civil(1998, 6, 30));
}

TEST_CASE("CDNOW customer summary matches the independent computation") {
  Cdnow& c = cdnow();
  CalibrationSummary s =
      summarize_customers(c.index, c.all, days_from_civil(1997, 9, 30), days_from_civil(1998, 6, 30));
  CHECK(s.summary.size() == 23500);
  CHECK(std::count_if(s.summary.begin(), s.summary.end(), [](const CustomerSummary& m) { return m.x > 0; }) == 9449);
  CHECK(s.holdout_weeks == doctest::Approx(39.0));
  // Customer 00004: purchases 1997-01-01, 01-18, 08-02 (calibration), 12-12 (holdout).
  const uint32_t id = c.store.customers.find("00004").value_or(0);
  auto it = std::find(s.customer.begin(), s.customer.end(), id);
  REQUIRE(it != s.customer.end());
  const size_t j = static_cast<size_t>(it - s.customer.begin());
  CHECK(s.summary[j].x == 2);
  CHECK(s.summary[j].t_x == doctest::Approx(213.0 / 7));
  CHECK(s.summary[j].T == doctest::Approx(272.0 / 7));
  CHECK(s.summary[j].mean_value == doctest::Approx((29.73 + 14.96) / 2));
  CHECK(s.holdout_purchases[j] == 1);
}

TEST_CASE("CDNOW fits and holdout table match the independent computation") {
  Cdnow& c = cdnow();
  ClvAnalysis a = analyze_clv(c.index, c.all, published_periods());
  REQUIRE(a.fitted);
  CHECK(a.customers == 23500);
  CHECK(a.bgnbd.params.r == doctest::Approx(0.25274).epsilon(1e-3));
  CHECK(a.bgnbd.params.alpha == doctest::Approx(4.79758).epsilon(1e-3));
  CHECK(a.bgnbd.params.a == doctest::Approx(0.72255).epsilon(1e-3));
  CHECK(a.bgnbd.params.b == doctest::Approx(2.15822).epsilon(1e-3));
  CHECK(a.bgnbd.log_likelihood == doctest::Approx(-95320.395).epsilon(1e-6));
  CHECK(a.gamma_gamma.params.p == doctest::Approx(6.27070).epsilon(1e-3));
  CHECK(a.gamma_gamma.params.q == doctest::Approx(3.62605).epsilon(1e-3));
  CHECK(a.gamma_gamma.params.gamma == doctest::Approx(15.00336).epsilon(1e-3));
  CHECK(a.gamma_gamma.log_likelihood == doctest::Approx(-40758.756).epsilon(1e-6));
  REQUIRE(a.holdout.size() == 8);
  const double actual[8] = {0.2516, 0.7838, 1.4033, 1.8358, 2.4496, 3.0632, 3.7978, 6.5912};
  const double predicted[8] = {0.2318, 0.5200, 1.0381, 1.5798, 2.2678, 2.8927, 3.5341, 6.4706};
  const int customers[8] = {14051, 4441, 2063, 1084, 605, 348, 272, 636};
  for (int g = 0; g < 8; ++g) {
    CAPTURE(g);
    CHECK(a.holdout[g].customers == customers[g]);
    CHECK(a.holdout[g].actual == doctest::Approx(actual[g]).epsilon(2e-4));
    CHECK(a.holdout[g].predicted == doctest::Approx(predicted[g]).epsilon(1e-3));
  }
  CHECK(a.holdout.back().and_more);
}

TEST_CASE("CDNOW per-customer predictions match the independent computation") {
  Cdnow& c = cdnow();
  ClvAnalysis a = analyze_clv(c.index, c.all, published_periods());
  const uint32_t id = c.store.customers.find("00004").value_or(0);
  auto it = std::find_if(a.by_value.begin(), a.by_value.end(), [&](const ClvCustomer& k) { return k.customer == id; });
  REQUIRE(it != a.by_value.end());
  CHECK(it->p_alive == doctest::Approx(0.729426).epsilon(1e-3));
  CHECK(bgnbd_expected_purchases(a.bgnbd.params, 52, it->summary) == doctest::Approx(1.571124).epsilon(1e-3));
  CHECK(it->expected_value == doctest::Approx(24.6791).epsilon(1e-3));
  CHECK(it->clv == doctest::Approx(36.6175).epsilon(1e-3));  // 12 months at 1 % a month (the defaults)
  // Highest CLV first, and the total is the sum.
  CHECK(std::is_sorted(a.by_value.begin(), a.by_value.end(),
                       [](const ClvCustomer& l, const ClvCustomer& r) { return l.clv > r.clv; }));
  CHECK(a.top_ids.size() == kTopClvCustomers);
}

TEST_CASE("discounted CLV by hand: zero discount is value × expected purchases") {
  BgNbdParams p{0.243, 4.414, 0.793, 2.426};
  CustomerSummary c{2, 30.43, 38.86, 0};
  // Without discounting the monthly increments telescope to E[Y(12 months)].
  CHECK(discounted_clv(p, c, 10.0, 12, 0.0) ==
        doctest::Approx(10.0 * bgnbd_expected_purchases(p, 12 * kWeeksPerMonth, c)).epsilon(1e-12));
  // One month at 10 %: the first month's purchases × value / 1.1.
  CHECK(discounted_clv(p, c, 10.0, 1, 0.1) ==
        doctest::Approx(10.0 * bgnbd_expected_purchases(p, kWeeksPerMonth, c) / 1.1).epsilon(1e-12));
}

TEST_CASE("default calibration: the first 75 % of the span, the rest holdout") {
  Cdnow& c = cdnow();
  ClvAnalysis a = analyze_clv(c.index, c.all, ClvOptions{});
  const Day first = days_from_civil(1997, 1, 1), last = days_from_civil(1998, 6, 30);
  CHECK(a.calibration_end == first + (last - first) * 3 / 4);
  CHECK(a.holdout_end == last);
  ClvOptions none;
  none.holdout = false;
  ClvAnalysis b = analyze_clv(c.index, c.all, none);
  CHECK(b.calibration_end == last);
  CHECK(b.holdout_weeks == 0);
  CHECK(b.holdout.empty());
}

TEST_CASE("the CLV fit in steps of 7 iterations gives the one-shot analysis (the page's path)") {
  Cdnow& c = cdnow();
  const ClvAnalysis once = analyze_clv(c.index, c.all, published_periods());
  ClvJob job(c.index, c.all, published_periods());
  int steps = 0;
  double last_progress = 0;
  while (!job.step(7)) {
    ++steps;
    CHECK(job.progress() >= last_progress);  // the progress never goes back
    last_progress = job.progress();
  }
  CHECK(steps > 2);  // it really was spread out
  CHECK(job.progress() == 1);
  const ClvAnalysis stepped = job.take();
  CHECK(stepped.bgnbd.params.r == once.bgnbd.params.r);
  CHECK(stepped.bgnbd.params.alpha == once.bgnbd.params.alpha);
  CHECK(stepped.bgnbd.params.a == once.bgnbd.params.a);
  CHECK(stepped.bgnbd.params.b == once.bgnbd.params.b);
  CHECK(stepped.bgnbd.iterations == once.bgnbd.iterations);
  CHECK(stepped.gamma_gamma.params.p == once.gamma_gamma.params.p);
  CHECK(stepped.gamma_gamma.params.q == once.gamma_gamma.params.q);
  CHECK(stepped.gamma_gamma.params.gamma == once.gamma_gamma.params.gamma);
  CHECK(stepped.total_clv == once.total_clv);
  for (size_t i = 0; i < once.by_value.size(); i += 97) {  // predictions came in chunks of 1,792 customers
    CHECK(stepped.by_value[i].customer == once.by_value[i].customer);
    CHECK(stepped.by_value[i].clv == once.by_value[i].clv);
  }
  REQUIRE(stepped.by_value.size() == once.by_value.size());
  CHECK(stepped.by_value[0].customer == once.by_value[0].customer);
}
