// The A/B readout by hand on tests/data/csv/ab_test_mixed_guest_return.csv:
//   control: 1 = O1 20 + O2 10 (+ return C1, ignored) = 30, 2 orders
//            2 = O3 15, 1 order (O17 quantity 0: excluded)
//            3 = O4 5 + O5 5 + O6 10 = 20, 3 orders
//            4 = O7 25 + 15 = 40, 1 order (two lines)
//   B:       5 = O8 30 + O9 30 = 60, 2 orders
//            6 = O10 12, 1 order
//            7 = O11 9 + O12 21 = 30, 2 orders
//   8: O13 control and O14 B → mixed, left out; O15 B guest → left out;
//   9: O16 has no variant → not in the test.
// control: 4 customers, 2 converted, 7 orders, revenue 105, per customer
//          {30,15,20,40} mean 26.25 s² 122.9167, orders {20,10,15,5,5,10,40}
//          AOV 15 s² 150;
// B:       3 customers, 2 converted, 5 orders, revenue 102, per customer
//          {60,12,30} mean 34 s² 588, orders {30,30,12,9,21} AOV 20.4 s² 96.3.
#include <doctest.h>

#include "analytics/ab_test.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

AbTest readout(const AbThresholds& th = {}) {
  static FactStore s = test::load_fixture("csv/ab_test_mixed_guest_return.csv");
  static FactIndex x = build_fact_index(s);
  return compute_ab_test(x, select_lines(s, Filter{}), th);
}

AbThresholds tiny() {
  AbThresholds t;
  t.min_customers = 1;
  t.min_outcomes = 1;
  t.min_orders = 1;
  return t;
}

const AbComparison& find(const AbTest& t, AbMetric m) {
  for (const AbComparison& c : t.comparisons)
    if (c.metric == m) return c;
  FAIL("metric missing");
  return t.comparisons.front();
}

}  // namespace

TEST_CASE("ab: arms per customer, control first; mixed customers and guests left out") {
  AbTest t = readout();
  REQUIRE(t.has_variants);
  REQUIRE(t.arms.size() == 2);
  CHECK(t.arms[0].name == "control");
  CHECK(t.arms[0].control);
  CHECK(t.arms[0].customers == 4);
  CHECK(t.arms[0].orders == 7);
  CHECK(t.arms[0].revenue == 105 * kMoneyScale);
  CHECK(t.arms[0].converted == 2);
  CHECK(t.arms[0].conversion == doctest::Approx(0.5));
  CHECK(t.arms[0].revenue_per_customer == doctest::Approx(26.25));
  CHECK(t.arms[0].aov == doctest::Approx(15.0));
  CHECK(t.arms[1].name == "B");
  CHECK(t.arms[1].customers == 3);
  CHECK(t.arms[1].orders == 5);
  CHECK(t.arms[1].revenue == 102 * kMoneyScale);
  CHECK(t.arms[1].converted == 2);
  CHECK(t.arms[1].revenue_per_customer == doctest::Approx(34.0));
  CHECK(t.arms[1].aov == doctest::Approx(20.4));
  CHECK(t.mixed_customers == 1);
  CHECK(t.guest_orders == 1);
  CHECK(format_iso_date(t.first_day) == "2024-01-02");
  CHECK(format_iso_date(t.last_day) == "2024-01-20");  // O16 (no variant) and C1 (a return) are not the test's
}

TEST_CASE("ab: arm rates carry Wilson intervals") {
  AbTest t = readout();
  // 2/4: p = 0.5, 1 + z²/4 = 1.960365, centre 0.5,
  // half = z/1.960365 × √(0.0625 + 3.841459/64) = 0.999793 × 0.350039 = 0.349961 → 0.150039 .. 0.849961.
  REQUIRE(t.arms[0].conversion_ci);
  CHECK(t.arms[0].conversion_ci->low == doctest::Approx(0.150039).epsilon(1e-5));
  CHECK(t.arms[0].conversion_ci->high == doctest::Approx(0.849961).epsilon(1e-5));
}

TEST_CASE("ab: with a few customers per arm the verdict refuses to call a winner") {
  AbTest t = readout();
  REQUIRE(t.comparisons.size() == 3);
  for (const AbComparison& c : t.comparisons) {
    CHECK(c.verdict == AbVerdict::kTooSmall);
    CHECK(c.text.find("Too small to call") == 0);
  }
  CHECK(t.comparisons[0].text.find("at least 100 customers; control has 4") != std::string::npos);
}

TEST_CASE("ab: conversion difference with Newcombe's interval; crossing zero means no clear difference") {
  AbTest t = readout(tiny());
  const AbComparison& c = find(t, AbMetric::kConversion);
  // d = 2/3 − 2/4 = 0.166667. Wilson 2/3 = 0.207660 .. 0.938508, 2/4 = 0.150039 .. 0.849961;
  // L = d − √((0.666667−0.207660)² + (0.849961−0.5)²) = 0.166667 − 0.577201 = −0.410534;
  // U = d + √((0.938508−0.666667)² + (0.5−0.150039)²) = 0.166667 + 0.443137 = 0.609804.
  CHECK(c.difference == doctest::Approx(1.0 / 6));
  REQUIRE(c.ci);
  CHECK(c.ci->low == doctest::Approx(-0.410534).epsilon(1e-5));
  CHECK(c.ci->high == doctest::Approx(0.609804).epsilon(1e-5));
  REQUIRE(c.relative);
  CHECK(*c.relative == doctest::Approx(1.0 / 3));
  CHECK(c.verdict == AbVerdict::kNoDifference);
  CHECK(c.text.find("No clear difference") == 0);
  CHECK(c.text.find("includes zero") != std::string::npos);
}

TEST_CASE("ab: revenue per customer and AOV differences with Welch intervals") {
  AbTest t = readout(tiny());
  const AbComparison& rpc = find(t, AbMetric::kRevenuePerCustomer);
  // SE² = 588/3 + 122.9167/4 = 196 + 30.7292 = 226.7292, SE = 15.057529;
  // df = 226.7292² / (196²/2 + 30.7292²/3) = 51406.1 / 19522.76 = 2.633138;
  // t(0.975, 2.633) = 3.448600 (Simpson integration) → 7.75 ± 51.927393 = −44.177393 .. 59.677393.
  CHECK(rpc.difference == doctest::Approx(7.75));
  REQUIRE(rpc.df);
  CHECK(*rpc.df == doctest::Approx(2.633138).epsilon(1e-5));
  REQUIRE(rpc.ci);
  CHECK(rpc.ci->low == doctest::Approx(-44.177393).epsilon(1e-5));
  CHECK(rpc.ci->high == doctest::Approx(59.677393).epsilon(1e-5));
  const AbComparison& aov = find(t, AbMetric::kAov);
  // SE² = 96.3/5 + 150/7 = 19.26 + 21.428571 = 40.688571, SE = 6.378759;
  // df = 40.688571² / (19.26²/4 + 21.428571²/6) = 1655.5598 / (92.7369 + 76.5306) = 9.780730;
  // t(0.975, 9.781) = 2.234928 → 5.4 ± 14.256070 = −8.856070 .. 19.656070.
  CHECK(aov.difference == doctest::Approx(5.4));
  REQUIRE(aov.df);
  CHECK(*aov.df == doctest::Approx(9.780730).epsilon(1e-5));
  REQUIRE(aov.ci);
  CHECK(aov.ci->low == doctest::Approx(-8.856070).epsilon(1e-5));
  CHECK(aov.ci->high == doctest::Approx(19.656070).epsilon(1e-5));
  CHECK(aov.verdict == AbVerdict::kNoDifference);
}

TEST_CASE("ab: an interval clear of zero names the higher arm") {
  // 400 customers per arm; control 40 repeaters (10 %), B 80 (20 %): by
  // Newcombe d = 0.1; Wilson 80/400 = 0.163737 .. 0.241970, 40/400 = 0.074299 .. 0.133311;
  // L = 0.1 − √(0.036263² + 0.033311²) = 0.1 − 0.049240 = 0.050760, clear of zero.
  std::string csv = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Variant\n";
  int order = 0;
  for (int arm = 0; arm < 2; ++arm)
    for (int c = 0; c < 400; ++c) {
      const std::string id = std::to_string(arm * 1000 + c + 1), v = arm == 0 ? "control" : "B";
      const int orders = c < (arm == 0 ? 40 : 80) ? 2 : 1;
      for (int k = 0; k < orders; ++k)
        csv += "O" + std::to_string(++order) + ",P1,1,2024-02-0" + std::to_string(1 + k) + ",10.00," + id + "," + v + "\n";
    }
  auto s = test::load_csv("ab.csv", csv);
  REQUIRE(s);
  FactIndex x = build_fact_index(*s);
  AbTest t = compute_ab_test(x, select_lines(*s, Filter{}));
  const AbComparison& c = find(t, AbMetric::kConversion);
  REQUIRE(c.ci);
  CHECK(c.ci->low == doctest::Approx(0.050760).epsilon(1e-4));
  CHECK(c.verdict == AbVerdict::kHigher);
  CHECK(c.text.find("B's conversion (repeat order) is higher than control's: +10.0 pp") == 0);
  CHECK(t.summary.find("2 arms, 800 customers") == 0);
}

TEST_CASE("ab: without a variant column there is no test; control by name, else the first by name") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  CHECK_FALSE(compute_ab_test(x, select_lines(s, Filter{})).has_variants);
  CHECK(is_control_name("Control"));
  CHECK(is_control_name("A"));
  CHECK(is_control_name("baseline"));
  CHECK_FALSE(is_control_name("B"));
  CHECK_FALSE(is_control_name("treatment"));
}
