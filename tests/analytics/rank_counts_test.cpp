// count_smaller: the worse counts of the RFM score, by counting (small
// ranges) and by radix sort (wide ranges); checked against counts by hand.
#include <doctest.h>

#include <algorithm>
#include <cstdint>

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

TEST_CASE("quintile scores: 1 + floor(5 x smaller / n), capped at 5, by hand") {
  // n = 4: smaller counts 1, 0, 3, 1 -> 1 + floor(5/4) = 2, 1, 1 + floor(15/4) = 4, 2.
  CHECK(quintile_scores({5, 3, 9, 5}) == std::vector<uint8_t>{2, 1, 4, 2});
  // n = 10, all distinct 0..9: smaller = the value; 1 + floor(v / 2).
  CHECK(quintile_scores({9, 0, 1, 2, 3, 4, 5, 6, 7, 8}) == std::vector<uint8_t>{5, 1, 1, 2, 2, 3, 3, 4, 4, 5});
  // All equal: nothing is smaller, all score 1. One value: 1.
  CHECK(quintile_scores({7, 7, 7}) == std::vector<uint8_t>{1, 1, 1});
  CHECK(quintile_scores({42}) == std::vector<uint8_t>{1});
  CHECK(quintile_scores({}).empty());
  // n = 6 with ties: sorted 1 1 2 2 2 9; smaller counts 0 0 2 2 2 5 ->
  // 1 + floor(5w/6): 1, 1, 2, 2, 2, 5.
  CHECK(quintile_scores({2, 9, 1, 2, 1, 2}) == std::vector<uint8_t>{2, 5, 1, 2, 1, 2});
}

TEST_CASE("quintile scores equal the scores from count_smaller on many random sets with ties") {
  // count_smaller (counting and radix paths) is the independent method.
  uint64_t seed = 12345;
  auto next = [&] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return seed >> 33;
  };
  for (int trial = 0; trial < 300; ++trial) {
    const size_t n = 1 + next() % 200;
    const int64_t spread = trial % 3 == 0 ? 5 : trial % 3 == 1 ? 1000 : 4000000000000LL;
    std::vector<int64_t> v(n);
    for (int64_t& x : v) x = static_cast<int64_t>(next() % static_cast<uint64_t>(spread)) - spread / 3;
    const std::vector<int32_t> worse = count_smaller(v);
    const std::vector<uint8_t> scores = quintile_scores(v);
    REQUIRE(scores.size() == n);
    for (size_t i = 0; i < n; ++i) {
      const int64_t expected = std::min<int64_t>(5, 1 + 5 * static_cast<int64_t>(worse[i]) / static_cast<int64_t>(n));
      CHECK(scores[i] == expected);
    }
  }
}
