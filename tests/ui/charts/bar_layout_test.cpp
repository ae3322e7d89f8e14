#include <doctest.h>

#include "ui/charts/bar_layout.h"

using namespace starcart::charts;

TEST_CASE("grouped bars share the band minus the gap") {
  // band 1, gap 0.2: 0.1 empty each side, two slots of 0.4.
  Span a = group_slot(1.0f, 2, 0, 0.2f), b = group_slot(1.0f, 2, 1, 0.2f);
  CHECK(a.begin == doctest::Approx(0.1));
  CHECK(a.end == doctest::Approx(0.5));
  CHECK(b.begin == doctest::Approx(0.5));
  CHECK(b.end == doctest::Approx(0.9));
}

TEST_CASE("stacks grow up from zero for positives and down for negatives") {
  Stack s = stack_series({{1, -2}, {3, 4}, {-1, 5}});
  // Category 0: 0..1, 1..4 up; -1 goes 0..-1 down.
  CHECK(s.base[1][0] == 1);
  CHECK(s.top[1][0] == 4);
  CHECK(s.base[2][0] == 0);
  CHECK(s.top[2][0] == -1);
  // Category 1: -2 down first, then 4 and 5 up: 0..4, 4..9.
  CHECK(s.top[0][1] == -2);
  CHECK(s.base[2][1] == 4);
  CHECK(s.top[2][1] == 9);
  CHECK(s.lo == -2);
  CHECK(s.hi == 9);
}

TEST_CASE("Pareto order: largest first with running shares") {
  ParetoOrder p = pareto_order({10, 50, 0, 40});
  CHECK(p.index == std::vector<int>{1, 3, 0, 2});
  CHECK(p.cumulative[0] == doctest::Approx(0.5));
  CHECK(p.cumulative[1] == doctest::Approx(0.9));
  CHECK(p.cumulative[2] == doctest::Approx(1.0));
  CHECK(p.cumulative[3] == doctest::Approx(1.0));
}

TEST_CASE("ranked rows: every bar when they fit, else the last row holds the rest") {
  CHECK(ranked_rows_shown(6, 10) == 6);
  CHECK(ranked_rows_shown(6, 6) == 6);
  CHECK(ranked_rows_shown(12, 5) == 4);  // 4 bars and "8 more"
  CHECK(ranked_rows_shown(12, 2) == 1);
  CHECK(ranked_rows_shown(12, 1) == 1);  // one bar and the rest: never none of its own
  CHECK(ranked_rows_shown(12, 0) == 1);
  CHECK(ranked_rows_shown(0, 0) == 0);
}
