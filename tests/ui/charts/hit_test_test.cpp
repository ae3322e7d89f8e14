#include <doctest.h>

#include "ui/charts/hit_test.h"

using namespace starcart::charts;

TEST_CASE("nearest value in a sorted vector (binary search)") {
  const std::vector<double> v = {1, 3, 7};
  CHECK(nearest_sorted(v, 4.9) == 1);  // 1.9 from 3, 2.1 from 7
  CHECK(nearest_sorted(v, 5.0) == 1);  // a tie goes to the lower index
  CHECK(nearest_sorted(v, 5.1) == 2);
  CHECK(nearest_sorted(v, 100) == 2);
  CHECK(nearest_sorted(v, -5) == 0);
  CHECK(nearest_sorted({}, 1) == -1);
}

TEST_CASE("band under a position") {
  CHECK(band_index(35, 10, 10, 5) == 2);
  CHECK(band_index(10, 10, 10, 5) == 0);
  CHECK(band_index(60, 10, 10, 5) == -1);  // 10 + 5 x 10: just past the end
  CHECK(band_index(9.99, 10, 10, 5) == -1);
}

TEST_CASE("points: the topmost wins unless another centre is much nearer") {
  const std::vector<float> x = {0, 3}, y = {0, 0}, r = {5, 5};
  CHECK(hit_point(x, y, r, 0, 1, 0, 0) == 1);    // both contain it: the top one (drawn last)
  CHECK(hit_point(x, y, r, 0, 0.5f, 0, 0) == 0); // 0.25 px^2 against 6.25: the nearer one
  CHECK(hit_point(x, y, r, 0, 20, 0, 0) == -1);
  CHECK(hit_point(x, y, {}, 2, -2.5f, 0, 0.6f) == 0);  // uniform radius plus slack
}

TEST_CASE("point in rings: even-odd, holes excluded") {
  const std::vector<std::vector<double>> rings = {{0, 0, 10, 0, 10, 10, 0, 10}, {4, 4, 6, 4, 6, 6, 4, 6}};
  CHECK(point_in_rings(rings, 2, 2));
  CHECK_FALSE(point_in_rings(rings, 5, 5));
  CHECK_FALSE(point_in_rings(rings, 11, 5));
}
