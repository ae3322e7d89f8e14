// count_smaller: the worse counts of the RFM score, by counting (small
// ranges) and by radix sort (wide ranges); checked against counts by hand.
#include <doctest.h>

#include "analytics/rank_counts.h"

using namespace starcart;

TEST_CASE("count_smaller over a small range (counting path), ties equal") {
  // 3 has nothing below; the two 5s have one value (3) below; 9 has three.
  CHECK(count_smaller({5, 3, 9, 5}) == std::vector<int32_t>{1, 0, 3, 1});
  CHECK(count_smaller({-2, -7, -2}) == std::vector<int32_t>{1, 0, 1});
  CHECK(count_smaller({}).empty());
}

TEST_CASE("count_smaller over a wide range (radix path), negatives and ties") {
  // Money at 1/10,000: a range far wider than 4 x count.
  const std::vector<int64_t> v = {50000000000, -3, 7000000, 50000000000, 0, -900000000000};
  // Sorted: -9e11, -3, 0, 7e6, 5e10, 5e10.
  CHECK(count_smaller(v) == std::vector<int32_t>{4, 1, 3, 4, 2, 0});
}
