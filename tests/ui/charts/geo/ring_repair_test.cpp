#include <doctest.h>

#include <cmath>

#include "ui/charts/geo/ring_repair.h"
#include "ui/charts/geo/triangulate.h"

using namespace starcart::charts::geo;

TEST_CASE("clipping a ring at a vertical line (Sutherland-Hodgman)") {
  Ring square = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  Ring left = clip_at_x(square, 4, true);
  CHECK(std::fabs(signed_area(left)) == doctest::Approx(40));
  Ring right = clip_at_x(square, 4, false);
  CHECK(std::fabs(signed_area(right)) == doctest::Approx(60));
  CHECK(clip_at_x(square, -1, true).empty());
}

TEST_CASE("a ring that steps over the antimeridian is cut into two") {
  // An island from 178 E to 178 W (182 unwrapped), 2 degrees tall: 4 x 2
  // degrees in all, 2 x 2 on each side.
  Ring island = {{178, 0}, {-178, 0}, {-178, 2}, {178, 2}};
  auto pieces = split_at_antimeridian(island);
  REQUIRE(pieces.size() == 2);
  double total = 0;
  for (const Ring& r : pieces) {
    total += std::fabs(signed_area(r));
    for (const Point& p : r) CHECK(std::fabs(p.x) <= 180);
  }
  CHECK(total == doctest::Approx(8));
  CHECK(std::fabs(signed_area(pieces[0])) == doctest::Approx(4));
}

TEST_CASE("a ring around the south pole is closed over the pole") {
  // A coast at -70 all round the globe (Antarctica's shape): 360 x 20 degrees.
  Ring around = {{-90, -70}, {0, -70}, {90, -70}, {180, -70}, {-180, -70}};
  auto pieces = split_at_antimeridian(around);
  double total = 0;
  for (const Ring& r : pieces) total += std::fabs(signed_area(r));
  CHECK(total == doctest::Approx(360 * 20));
}

TEST_CASE("rings that stay on one side are left alone") {
  Ring r = {{0, 0}, {10, 0}, {10, 10}};
  auto pieces = split_at_antimeridian(r);
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].size() == 3);
}

TEST_CASE("a spike whose edges cross is cut off at the crossing") {
  // Square 0..10 with a spike on the bottom edge that folds back over
  // itself: (4,0) -> (6,-3) -> (3,-3)... -> crossing edges.
  Ring r = {{0, 0}, {4, 0}, {6, -3}, {3, -3}, {7, 0}, {10, 0}, {10, 10}, {0, 10}};
  // Edge (4,0)->(6,-3) and edge (3,-3)->(7,0) cross at one point.
  CHECK(remove_self_crossings(r) == 1);
  CHECK(r.size() == 7);
  Polygon p{r, {}};
  Triangulation t = triangulate(p);
  CHECK(triangulated_area(t) == doctest::Approx(polygon_area(p)));
  Ring clean = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  CHECK(remove_self_crossings(clean) == 0);
}
