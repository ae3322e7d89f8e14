// Ear clipping with holes: the triangles must cover exactly the polygon
// (area preserved), none may lie outside it or inside a hole.
#include <doctest.h>

#include <cmath>

#include "ui/charts/geo/triangulate.h"
#include "ui/charts/hit_test.h"

using namespace starcart::charts;
using namespace starcart::charts::geo;

namespace {

std::vector<std::vector<double>> rings_of(const Polygon& p) {
  std::vector<std::vector<double>> out;
  auto flat = [](const Ring& r) {
    std::vector<double> v;
    for (const Point& q : r) v.push_back(q.x), v.push_back(q.y);
    return v;
  };
  out.push_back(flat(p.outer));
  for (const Ring& h : p.holes) out.push_back(flat(h));
  return out;
}

// Every triangle's centroid lies inside the polygon (even-odd over the outer
// ring and the holes), and no triangle is degenerate-negative.
void check_inside(const Polygon& poly, const Triangulation& t) {
  const auto rings = rings_of(poly);
  for (size_t k = 0; k + 2 < t.indices.size(); k += 3) {
    const Point& a = t.points[t.indices[k]];
    const Point& b = t.points[t.indices[k + 1]];
    const Point& c = t.points[t.indices[k + 2]];
    const double cx = (a.x + b.x + c.x) / 3, cy = (a.y + b.y + c.y) / 3;
    CHECK(point_in_rings(rings, cx, cy));
  }
}

bool covered(const Triangulation& t, double x, double y) {
  for (size_t k = 0; k + 2 < t.indices.size(); k += 3) {
    const Point& a = t.points[t.indices[k]];
    const Point& b = t.points[t.indices[k + 1]];
    const Point& c = t.points[t.indices[k + 2]];
    if (point_in_rings({{a.x, a.y, b.x, b.y, c.x, c.y}}, x, y)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a convex square: two triangles, area 100") {
  Polygon p{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {}};
  Triangulation t = triangulate(p);
  CHECK(t.indices.size() == 6);
  CHECK(triangulated_area(t) == doctest::Approx(100));
}

TEST_CASE("a concave U: area 81 - 18 = 63, no triangle across the gap") {
  Polygon p{{{0, 0}, {9, 0}, {9, 9}, {6, 9}, {6, 3}, {3, 3}, {3, 9}, {0, 9}}, {}};
  Triangulation t = triangulate(p);
  CHECK(t.indices.size() == 6 * 3);  // n - 2 triangles
  CHECK(polygon_area(p) == doctest::Approx(63));
  CHECK(triangulated_area(t) == doctest::Approx(63));
  check_inside(p, t);
  CHECK_FALSE(covered(t, 4.5, 6));  // inside the U's gap
}

TEST_CASE("a square with a hole: 100 - 4 = 96, the hole stays empty") {
  Polygon p{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{4, 4}, {6, 4}, {6, 6}, {4, 6}}}};
  Triangulation t = triangulate(p);
  // n + 2h - 2 = 8 + 2 - 2 = 8 triangles for 8 vertices and one hole.
  CHECK(t.indices.size() == 8 * 3);
  CHECK(triangulated_area(t) == doctest::Approx(96));
  check_inside(p, t);
  CHECK_FALSE(covered(t, 5, 5));
  CHECK(covered(t, 1, 1));
}

TEST_CASE("winding does not matter; two holes are both respected") {
  // Clockwise outer, counter-clockwise holes: the opposite of the convention.
  Polygon p{{{0, 0}, {0, 10}, {20, 10}, {20, 0}},
            {{{2, 2}, {6, 2}, {6, 6}, {2, 6}}, {{12, 3}, {16, 3}, {16, 7}, {12, 7}}}};
  Triangulation t = triangulate(p);
  CHECK(triangulated_area(t) == doctest::Approx(200 - 16 - 16));
  check_inside(p, t);
  CHECK_FALSE(covered(t, 4, 4));
  CHECK_FALSE(covered(t, 14, 5));
}

TEST_CASE("repeated points, collinear runs and a closing point are tolerated") {
  Polygon p{{{0, 0}, {5, 0}, {5, 0}, {10, 0}, {10, 5}, {10, 10}, {0, 10}, {0, 0}}, {}};
  Triangulation t = triangulate(p);
  CHECK(triangulated_area(t) == doctest::Approx(100));
  check_inside(p, t);
  Polygon tiny{{{0, 0}, {1, 1}}, {}};
  CHECK(triangulate(tiny).indices.empty());
}

TEST_CASE("a comb (many reflex corners) keeps its area") {
  // Teeth of width 1 and height 4 every 2 units on a base 0..20 x 0..1.
  Ring r = {{0, 0}, {20, 0}, {20, 1}};
  for (int k = 9; k >= 0; --k) {
    r.push_back({2.0 * k + 2, 1});
    r.push_back({2.0 * k + 2, 5});
    r.push_back({2.0 * k + 1, 5});
    r.push_back({2.0 * k + 1, 1});
  }
  r.push_back({0, 1});
  Polygon p{r, {}};
  Triangulation t = triangulate(p);
  CHECK(polygon_area(p) == doctest::Approx(20 + 10 * 4));
  CHECK(triangulated_area(t) == doctest::Approx(60));
  check_inside(p, t);
}
