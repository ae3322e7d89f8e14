#include <doctest.h>

#include "ui/charts/cohort_curve.h"

using namespace starcart::charts;

TEST_CASE("average retention weighs cohorts by size") {
  // Cohort A: 100 customers, 20 active in month 1. Cohort B: 10 customers, 8
  // active in month 1. By hand: (20 + 8) / (100 + 10) = 28 / 110; a plain mean
  // of the rates would say (0.2 + 0.8) / 2 = 0.5.
  const auto c = average_retention({{100, 20}, {10, 8}}, {100, 10});
  REQUIRE(c.size() == 2);
  CHECK(c[0].retention == doctest::Approx(1.0));
  CHECK(c[1].retention == doctest::Approx(28.0 / 110.0));
  CHECK(c[1].customers == 110);
  CHECK(c[1].cohorts == 2);
}

TEST_CASE("a cohort too young for a month is left out of it, not counted as 0") {
  // Oldest cohort reaches month 2 (5 of 50 active); the youngest has month 0 only.
  const auto c = average_retention({{50, 10, 5}, {30, 6}, {40}}, {50, 30, 40});
  REQUIRE(c.size() == 3);
  CHECK(c[0].cohorts == 3);
  CHECK(c[0].customers == 120);
  CHECK(c[1].retention == doctest::Approx(16.0 / 80.0));
  CHECK(c[2].retention == doctest::Approx(5.0 / 50.0));
  CHECK(c[2].cohorts == 1);
}

TEST_CASE("no cohorts, or only empty ones, give no curve") {
  CHECK(average_retention({}, {}).empty());
  CHECK(average_retention({{0}}, {0}).empty());
}
