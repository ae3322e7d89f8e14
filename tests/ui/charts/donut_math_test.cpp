#include <doctest.h>

#include <cmath>

#include "ui/charts/donut_math.h"

using namespace starcart::charts;

TEST_CASE("donut slices run clockwise from 12 o'clock in proportion") {
  auto s = donut_slices({1, 1, 2});
  REQUIRE(s.size() == 3);
  CHECK(s[0].a0 == doctest::Approx(-kPi / 2));
  CHECK(s[0].a1 == doctest::Approx(0));
  CHECK(s[1].a1 == doctest::Approx(kPi / 2));
  CHECK(s[2].a1 == doctest::Approx(3 * kPi / 2));
  CHECK(s[2].share == doctest::Approx(0.5));
}

TEST_CASE("donut hit-testing by angle and radius") {
  auto s = donut_slices({1, 1, 2});
  CHECK(donut_hit(s, 10, 0.001, 5, 20) == 1);  // 3 o'clock (y grows downwards)
  CHECK(donut_hit(s, 0, -10, 5, 20) == 0);     // 12 o'clock
  CHECK(donut_hit(s, -10, 0, 5, 20) == 2);     // 9 o'clock
  CHECK(donut_hit(s, 1, 0, 5, 20) == -1);      // in the hole
  CHECK(donut_hit(s, 30, 0, 5, 20) == -1);     // outside
}

TEST_CASE("empty and negative values get empty slices") {
  auto s = donut_slices({0, 3, -1});
  CHECK(s[0].a1 == s[0].a0);
  CHECK(s[2].a1 == s[2].a0);
  CHECK(s[1].share == doctest::Approx(1));
  CHECK(donut_hit(s, 0, -10, 0, 20) == 1);
}

TEST_CASE("arc segments keep the chord error under a quarter pixel") {
  // 2 acos(1 - 0.25 / 100) = 0.1415 rad per segment: a full circle needs 45.
  CHECK(arc_segments(2 * kPi, 100) == 45);
  CHECK(arc_segments(0.01, 100) == 1);
}
