#include <doctest.h>

#include <cmath>

#include "ui/charts/palette.h"
#include "ui/charts/scales.h"

using namespace starcart::charts;

TEST_CASE("bubble area grows linearly with the value") {
  SizeScale s{0, 100, 2, 10};
  CHECK(s.radius(0) == doctest::Approx(2));
  CHECK(s.radius(100) == doctest::Approx(10));
  // r^2 = 4 + (100 - 4) * 0.5 = 52
  CHECK(s.radius(50) == doctest::Approx(std::sqrt(52.0)));
  CHECK(s.radius(200) == doctest::Approx(10));  // clamped
  CHECK(s.radius(-5) == doctest::Approx(2));
  // Area above the minimum: 25 -> 24 px^2 (x pi), 75 -> 72: three times as much.
  const double a25 = s.radius(25) * s.radius(25) - 4, a75 = s.radius(75) * s.radius(75) - 4;
  CHECK(a75 / a25 == doctest::Approx(3));
}

TEST_CASE("a size scale fits the finite values") {
  const double v[] = {5, NAN, 2, 9};
  SizeScale s = fit_size_scale(v, 4, 1, 8);
  CHECK(s.lo == 2);
  CHECK(s.hi == 9);
}

TEST_CASE("colour scales: linear and log positions, reversed ends") {
  ColorScale lin{0, 200};
  CHECK(lin.position(50) == doctest::Approx(0.25));
  CHECK(lin.position(400) == doctest::Approx(1));
  CHECK(std::isnan(lin.position(NAN)));
  ColorScale lg{1, 1000, true};
  CHECK(lg.position(10) == doctest::Approx(1.0 / 3));
  CHECK(lg.position(100) == doctest::Approx(2.0 / 3));
  CHECK(lg.color(1) == viridis(0));
  ColorScale rev{0, 1, false, true};
  CHECK(rev.color_at(0) == viridis(1));
}

TEST_CASE("text on a colour: black on light, white on dark") {
  CHECK(text_color_on(rgb(255, 255, 255)) == rgb(20, 20, 20));
  CHECK(text_color_on(viridis(0)) == rgb(255, 255, 255));  // dark purple
  CHECK(text_color_on(viridis(1)) == rgb(20, 20, 20));     // yellow
}

TEST_CASE("a label fits a cell with padding on every side") {
  CHECK(label_fits(30, 10, 34, 14, 2));
  CHECK_FALSE(label_fits(31, 10, 34, 14, 2));
  CHECK_FALSE(label_fits(30, 11, 34, 14, 2));
}
