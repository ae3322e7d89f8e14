// Intervals of the A/B readout against published figures and hand
// arithmetic (z = 1.959964, z² = 3.841459).
#include <doctest.h>

#include "analytics/ab/intervals.h"

using namespace starcart::ab;

TEST_CASE("ab: Wilson interval of 81/263 is Newcombe's published 0.2553 to 0.3662") {
  // Newcombe (1998), Stat Med 17:857, Table I, method 3 (score, no correction).
  // By hand: p = 0.307985; 1 + z²/n = 1.014606;
  // centre = (0.307985 + 3.841459/526) / 1.014606 = 0.310749;
  // half = 1.959964/1.014606 × √(0.307985×0.692015/263 + 3.841459/(4×263²))
  //      = 1.931749 × √0.00082427 = 0.055461  →  0.25529 .. 0.36621.
  auto w = wilson(81, 263);
  REQUIRE(w);
  CHECK(w->low == doctest::Approx(0.25529).epsilon(1e-4));
  CHECK(w->high == doctest::Approx(0.36621).epsilon(1e-4));
}

TEST_CASE("ab: Wilson interval of 0/10 starts at 0 and ends at 0.2775") {
  // centre = (z²/20) / (1 + z²/10) = 0.192073 / 1.384146 = 0.138768;
  // half = z/1.384146 × √(z²/400) = 1.415999 × 0.097998 = 0.138768 → 0 .. 0.277535.
  auto w = wilson(0, 10);
  REQUIRE(w);
  CHECK(w->low == 0.0);
  CHECK(w->high == doctest::Approx(0.277533).epsilon(1e-5));
  CHECK_FALSE(wilson(0, 0));
}

TEST_CASE("ab: Newcombe difference 56/70 - 48/80 is the published 0.0524 to 0.3339") {
  // Newcombe (1998), Stat Med 17:873, Table II example (a), method 10.
  // Wilson 56/70: 0.6917 .. 0.8733; 48/80: 0.4904 .. 0.7000; d = 0.8 − 0.6 = 0.2;
  // L = 0.2 − √((0.8−0.6917)² + (0.7000−0.6)²) = 0.2 − 0.1476 = 0.0524;
  // U = 0.2 + √((0.8733−0.8)² + (0.6−0.4904)²) = 0.2 + 0.1339 = 0.3339.
  auto d = newcombe_difference(56, 70, 48, 80);
  REQUIRE(d);
  CHECK(d->low == doctest::Approx(0.0524).epsilon(2e-3));
  CHECK(d->high == doctest::Approx(0.3339).epsilon(2e-3));
}

TEST_CASE("ab: Newcombe difference 9/10 - 3/10 is the published 0.1705 to 0.8090") {
  // Newcombe (1998), Table II example (e), method 10.
  auto d = newcombe_difference(9, 10, 3, 10);
  REQUIRE(d);
  CHECK(d->low == doctest::Approx(0.1705).epsilon(1e-3));
  CHECK(d->high == doctest::Approx(0.8090).epsilon(1e-3));
}

TEST_CASE("ab: Student t quantiles equal the printed table") {
  CHECK(student_t_quantile(0.975, 1) == doctest::Approx(12.7062).epsilon(1e-5));
  CHECK(student_t_quantile(0.975, 7) == doctest::Approx(2.3646).epsilon(1e-4));
  CHECK(student_t_quantile(0.975, 30) == doctest::Approx(2.0423).epsilon(1e-4));
  CHECK(student_t_quantile(0.95, 10) == doctest::Approx(1.8125).epsilon(1e-4));
  CHECK(student_t_quantile(0.975, 1e7) == doctest::Approx(kZ95).epsilon(1e-5));
  CHECK(student_t_quantile(0.025, 7) == doctest::Approx(-2.3646).epsilon(1e-4));
}

TEST_CASE("ab: Welch interval of {1..5} - {2,4,..,12} by hand") {
  // A: mean 3, s² = 10/4 = 2.5; B: mean 7, s² = 70/5 = 14.
  // s²/n: 0.5 and 2.333333; SE² = 2.833333, SE = 1.683251.
  // df = 2.833333² / (0.5²/4 + 2.333333²/5) = 8.027778 / 1.151389 = 6.972256.
  // t(0.975, 6.972) = 2.366533 (Simpson integration of the t density, an
  // independent method) → −4 ± 2.366533 × 1.683251 = −7.98347 .. −0.01653.
  auto a = moments({1, 2, 3, 4, 5});
  auto b = moments({2, 4, 6, 8, 10, 12});
  CHECK(a.variance == doctest::Approx(2.5));
  CHECK(b.variance == doctest::Approx(14.0));
  auto w = welch_difference(a, b);
  REQUIRE(w);
  CHECK(w->difference == doctest::Approx(-4.0));
  CHECK(w->standard_error == doctest::Approx(1.683251).epsilon(1e-6));
  CHECK(w->df == doctest::Approx(6.972256).epsilon(1e-6));
  CHECK(w->t == doctest::Approx(2.366533).epsilon(1e-5));
  CHECK(w->interval.low == doctest::Approx(-7.98347).epsilon(1e-5));
  CHECK(w->interval.high == doctest::Approx(-0.01653).epsilon(1e-3));
  CHECK_FALSE(w->interval.contains(0));
}

TEST_CASE("ab: Welch needs two values per sample and some spread") {
  CHECK_FALSE(welch_difference(moments({1}), moments({1, 2})));
  CHECK_FALSE(welch_difference(moments({2, 2}), moments({3, 3})));
}
