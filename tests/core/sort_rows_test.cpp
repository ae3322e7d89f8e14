#include "core/sort_rows.h"

#include <doctest.h>

#include <algorithm>
#include <random>
#include <string>

using namespace starcart;

TEST_CASE("sort_rows: by hand, ties keep their input order") {
  struct Row {
    std::string name;
    int revenue;
  };
  std::vector<Row> rows{{"a", 5}, {"b", 9}, {"c", 5}, {"d", 1}, {"e", 9}};
  sort_rows(rows, [](const Row& x, const Row& y) { return x.revenue > y.revenue; });
  std::string names;
  for (const Row& r : rows) names += r.name;
  CHECK(names == "beacd");  // 9s (b, e), 5s (a, c), then 1 (d)
}

TEST_CASE("sort_rows: empty and single rows") {
  std::vector<int> none;
  sort_rows(none, [](int a, int b) { return a < b; });
  CHECK(none.empty());
  std::vector<int> one{7};
  sort_rows(one, [](int a, int b) { return a < b; });
  CHECK(one == std::vector<int>{7});
}

TEST_CASE("sort_rows: agrees with std::stable_sort on every size around the run length") {
  // Pairs (key, input position): many equal keys, so a stable sort has one
  // right answer, which std::stable_sort gives independently.
  std::mt19937 rng(12345);
  for (size_t n : {2u, 3u, 11u, 12u, 13u, 24u, 25u, 100u, 1000u, 10007u}) {
    for (int keys : {3, 1000}) {
      std::vector<std::pair<int, int>> rows(n);
      for (size_t i = 0; i < n; ++i) rows[i] = {static_cast<int>(rng() % static_cast<unsigned>(keys)), static_cast<int>(i)};
      auto expected = rows;
      const auto by_key = [](const std::pair<int, int>& a, const std::pair<int, int>& b) { return a.first < b.first; };
      std::stable_sort(expected.begin(), expected.end(), by_key);
      sort_rows(rows, by_key);
      CHECK_MESSAGE(rows == expected, "n=" << n << " keys=" << keys);
    }
  }
}

TEST_CASE("stable_order: sorted and reversed input") {
  std::vector<int> up(50), down(50);
  for (int i = 0; i < 50; ++i) up[i] = i, down[i] = 49 - i;
  const auto asc = [&](const std::vector<int>& v) { return stable_order(v.size(), [&](uint32_t a, uint32_t b) { return v[a] < v[b]; }); };
  const std::vector<uint32_t> o1 = asc(up), o2 = asc(down);
  for (uint32_t i = 0; i < 50; ++i) {
    CHECK(o1[i] == i);
    CHECK(o2[i] == 49 - i);
  }
}
