#include <doctest.h>

#include "ui/charts/legend_layout.h"

using namespace starcart::charts;

TEST_CASE("legend entries flow and wrap like words") {
  LegendMetrics m{10, 5, 14, 18};
  // Entry widths 10 + 5 + label: 55, 75, 45. Row 1: 0..55, 69..144; the third
  // would end at 203 > 150: a new row.
  LegendLayout l = layout_legend({40, 60, 30}, 150, m);
  REQUIRE(l.x.size() == 3);
  CHECK(l.x[1] == doctest::Approx(69));
  CHECK(l.y[1] == doctest::Approx(0));
  CHECK(l.x[2] == doctest::Approx(0));
  CHECK(l.y[2] == doctest::Approx(18));
  CHECK(l.rows == 2);
  CHECK(l.height == doctest::Approx(36));
  CHECK(l.used_width == doctest::Approx(144));
  CHECK(legend_hit(l, m, 70, 5) == 1);
  CHECK(legend_hit(l, m, 70, 20) == -1);
  CHECK(legend_hit(l, m, 10, 20) == 2);
}

TEST_CASE("an entry wider than the legend gets its own row") {
  LegendMetrics m{10, 5, 14, 18};
  LegendLayout l = layout_legend({300, 20}, 100, m);
  CHECK(l.rows == 2);
  CHECK(l.y[1] == doctest::Approx(18));
}
