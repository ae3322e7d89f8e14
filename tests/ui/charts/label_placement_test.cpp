// Axis labels that would collide are skipped. Positions worked by hand.
#include <doctest.h>

#include "ui/charts/label_placement.h"

using namespace starcart::charts;

TEST_CASE("axis labels: all kept when they fit between their ticks") {
  // Centres 50, 150, 250; widths 60: lefts 20, 120, 220; 40 px apart >= gap 10.
  const auto p = place_axis_labels({50, 150, 250}, {60, 60, 60}, 0, 300, 10);
  REQUIRE(p.size() == 3);
  CHECK(p[0].left == doctest::Approx(20));
  CHECK(p[1].left == doctest::Approx(120));
  CHECK(p[2].left == doctest::Approx(220));
}

TEST_CASE("axis labels: a label pushed inside the axis no longer hides its neighbour's overlap") {
  // The old bug: the first label (centre 10, width 200) is pushed right to
  // start at 0 and so ends at 200; the next (centre 210, width 200) would
  // start at 110 and overlap: it is dropped. The third (centre 410) starts
  // at 310 >= 200 + 10: kept.
  const auto p = place_axis_labels({10, 210, 410}, {200, 200, 200}, 0, 1000, 10);
  REQUIRE(p.size() == 2);
  CHECK(p[0].index == 0);
  CHECK(p[0].left == doctest::Approx(0));
  CHECK(p[1].index == 2);
  CHECK(p[1].left == doctest::Approx(310));
}

TEST_CASE("axis labels: the last label is pulled inside the right edge, dropped when that makes it touch") {
  // Centres 40 and 95, widths 30, room [0, 100]: first at 25..55; second
  // centred would be 80..110, pulled to 70..100: 15 px after 55, kept with
  // gap 10, dropped with gap 20.
  auto p = place_axis_labels({40, 95}, {30, 30}, 0, 100, 10);
  REQUIRE(p.size() == 2);
  CHECK(p[1].left == doctest::Approx(70));
  p = place_axis_labels({40, 95}, {30, 30}, 0, 100, 20);
  CHECK(p.size() == 1);
}

TEST_CASE("axis labels: none for no ticks; a label wider than the room starts at its left edge") {
  CHECK(place_axis_labels({}, {}, 0, 100, 5).empty());
  const auto p = place_axis_labels({50}, {300}, 0, 100, 5);
  REQUIRE(p.size() == 1);
  CHECK(p[0].left == doctest::Approx(0));
}
