#include <doctest.h>

#include "ui/charts/axis.h"
#include "ui/charts/palette.h"
#include "ui/charts/ticks.h"

using namespace starcart::charts;

TEST_CASE("nice numbers are 1, 2 or 5 times a power of ten") {
  CHECK(nice_number(0.7, false) == doctest::Approx(1));
  CHECK(nice_number(1.2, false) == doctest::Approx(2));
  CHECK(nice_number(3.0, false) == doctest::Approx(5));
  CHECK(nice_number(7.0, false) == doctest::Approx(10));
  CHECK(nice_number(420, false) == doctest::Approx(500));
  CHECK(nice_number(0.03, false) == doctest::Approx(0.05));
}

TEST_CASE("ticks for a revenue axis start at 0 and end above the maximum") {
  // 0..394,694 over 400 px with at least 40 px per tick: at most 10 ticks,
  // raw step 39,469 -> 50,000.
  Ticks t = nice_ticks(0, 394694, 400, 40);
  CHECK(t.step == doctest::Approx(50000));
  CHECK(t.lo == doctest::Approx(0));
  CHECK(t.hi == doctest::Approx(400000));
  REQUIRE(t.values.size() == 9);
  CHECK(t.values.back() == doctest::Approx(400000));
}

TEST_CASE("ticks: flat and tiny ranges still give an axis") {
  Ticks flat = nice_ticks(5, 5, 300, 40);
  CHECK(flat.values.size() >= 2);
  Ticks tiny = nice_ticks(0, 0.003, 300, 60);
  CHECK(tiny.step == doctest::Approx(0.001));
  Ticks neg = nice_ticks(-120, 80, 200, 40);
  CHECK(neg.values.front() <= -120);
  CHECK(neg.values.back() >= 80);
}

TEST_CASE("axis transforms round-trip, linear and log") {
  Axis a{0, 100, 500, 100};  // y axis: value 0 at pixel 500, 100 at pixel 100
  CHECK(a.to_pixel(50) == doctest::Approx(300));
  CHECK(a.to_value(300) == doctest::Approx(50));
  Axis l{1, 1000, 0, 300, true};
  CHECK(l.to_pixel(10) == doctest::Approx(100));
  CHECK(l.to_value(200) == doctest::Approx(100));
}

TEST_CASE("palettes") {
  CHECK(category_color(0) == category_color(kCategoryColors));
  CHECK(viridis(0) == rgb(68, 1, 84));
  CHECK(viridis(1) == rgb(253, 231, 37));
  CHECK(luminance(viridis(0)) < luminance(viridis(1)));
  CHECK(mix(rgb(0, 0, 0), rgb(255, 255, 255), 0.5) == rgb(128, 128, 128));
}
