#include <doctest.h>

#include <cmath>

#include "ui/charts/dash_pattern.h"

using namespace starcart::charts;

TEST_CASE("a dash length that is not a binary fraction ends (the Predict tab's hang)") {
  // 0.35 * 13 px = 4.55 is not exact in float: the old float cursor stopped
  // at s = 22.7499981, where the distance left to the dash edge (4.8e-7) is
  // under half an ulp and s + left == s forever. 500.3 px at a 9.1 px period
  // is 54.98 periods: 55 dashes, the last from 54 * 9.1 = 491.4 to 495.95.
  const std::vector<DashSpan> d = dash_spans({ImVec2(0, 0), ImVec2(500.3f, 0)}, 0.35f * 13);
  REQUIRE(d.size() == 55);
  CHECK(d[0].a.x == doctest::Approx(0));
  CHECK(d[0].b.x == doctest::Approx(4.55));
  CHECK(d[54].a.x == doctest::Approx(491.4).epsilon(1e-5));
  CHECK(d[54].b.x == doctest::Approx(495.95).epsilon(1e-5));
}

TEST_CASE("the pattern continues across a vertex") {
  // dash 2: on [0,2), off [2,4), on [4,6)... The first segment (3 px) holds
  // [0,2]; the second starts 3 px into the pattern: on at 4-3=1..3, 5..7, 9..10.
  const std::vector<DashSpan> d = dash_spans({ImVec2(0, 0), ImVec2(3, 0), ImVec2(3, 10)}, 2);
  REQUIRE(d.size() == 4);
  CHECK(d[0].a.x == 0);
  CHECK(d[0].b.x == 2);
  CHECK(d[1].a.y == doctest::Approx(1));
  CHECK(d[1].b.y == doctest::Approx(3));
  CHECK(d[2].a.y == doctest::Approx(5));
  CHECK(d[2].b.y == doctest::Approx(7));
  CHECK(d[3].a.y == doctest::Approx(9));
  CHECK(d[3].b.y == doctest::Approx(10));
}

TEST_CASE("every em size draws a long jagged line in bounded pieces, half of it on") {
  // Before the fix, 16 px em (dash 5.6) hung on every 40-segment line tried.
  for (float e = 12; e <= 26; e += 0.5f) {
    std::vector<ImVec2> pts;
    for (int i = 0; i < 40; ++i) pts.push_back(ImVec2(37.3f * i, (i * 7919 % 613) * 1.37f));
    double total = 0, on = 0;
    for (size_t i = 0; i + 1 < pts.size(); ++i)
      total += std::hypot(pts[i + 1].x - pts[i].x, pts[i + 1].y - pts[i].y);
    for (const DashSpan& s : dash_spans(pts, 0.35f * e)) on += std::hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    CHECK(on == doctest::Approx(total / 2).epsilon(0.02));
  }
}

TEST_CASE("non-finite input: no dash drawn solid, no infinite segment, a cap on pieces") {
  CHECK(dash_spans({ImVec2(0, 0), ImVec2(10, 0)}, 0).size() == 1);
  CHECK(dash_spans({ImVec2(0, 0), ImVec2(10, 0)}, NAN).size() == 1);
  CHECK(dash_spans({ImVec2(0, 0), ImVec2(INFINITY, 0)}, 2).empty());
  CHECK(dash_spans({ImVec2(0, 0), ImVec2(NAN, 0)}, 2).empty());
  CHECK(dash_spans({ImVec2(0, 0), ImVec2(1e9f, 0)}, 2, 100).size() == 100);
}
