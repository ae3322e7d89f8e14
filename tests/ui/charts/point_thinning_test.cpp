#include <doctest.h>

#include "ui/charts/point_thinning.h"

using namespace starcart::charts;

TEST_CASE("points on the same spot and group become one mark: the heaviest") {
  // Customers 0 and 2 share (10 days, 3 orders, group 1); 2 spent more.
  const ThinnedPoints t = thin_points({10, 40, 10, 10}, {3, 1, 3, 3}, {1, 0, 1, 2}, {50, 20, 80, 5}, 100);
  CHECK(t.step == 1);
  REQUIRE(t.mark.size() == 3);  // (10,3,g1), (40,1,g0), (10,3,g2): another group is another mark
  CHECK(t.mark[0] == 2);
  CHECK(t.count[0] == 2);
  CHECK(t.mark[1] == 1);
  CHECK(t.mark[2] == 3);
  CHECK(t.mark_of == std::vector<int>{0, 1, 0, 2});
}

TEST_CASE("too many marks: the x buckets widen until they fit") {
  // x = 0..9, one y, one group: 10 marks; at most 3 -> step 2 gives 5, step 4
  // gives buckets {0-3}, {4-7}, {8-9} = 3 marks.
  std::vector<int32_t> x, y;
  std::vector<double> w;
  for (int i = 0; i < 10; ++i) {
    x.push_back(i);
    y.push_back(1);
    w.push_back(i == 5 ? 100 : 1);
  }
  const ThinnedPoints t = thin_points(x, y, {}, w, 3);
  CHECK(t.step == 4);
  REQUIRE(t.mark.size() == 3);
  CHECK(t.mark[0] == 0);  // equal weights: the first point stays
  CHECK(t.mark[1] == 5);  // the heaviest of 4..7
  CHECK(t.count[0] == 4);
  CHECK(t.count[2] == 2);
}
