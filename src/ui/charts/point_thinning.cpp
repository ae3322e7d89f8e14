#include "ui/charts/point_thinning.h"

#include <algorithm>
#include <unordered_map>

namespace starcart::charts {

namespace {

// One pass at a bucket width: the mark per cell, in order of first point.
ThinnedPoints thin_at(const std::vector<int32_t>& x, const std::vector<int32_t>& y, const std::vector<int>& group,
                      const std::vector<double>& weight, int step) {
  ThinnedPoints t;
  t.step = step;
  const size_t n = std::min(x.size(), y.size());
  t.mark_of.assign(n, -1);
  std::unordered_map<int64_t, int> cell_mark;
  cell_mark.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    // x / step floors toward minus infinity so negative x buckets like positive ones.
    const int64_t bx = x[i] >= 0 ? x[i] / step : -((-static_cast<int64_t>(x[i]) + step - 1) / step);
    const int64_t g = i < group.size() ? group[i] : 0;
    const int64_t key = ((bx * 1000003LL) + y[i]) * 64 + g;
    auto it = cell_mark.find(key);
    if (it == cell_mark.end()) {
      it = cell_mark.emplace(key, static_cast<int>(t.mark.size())).first;
      t.mark.push_back(static_cast<int>(i));
      t.count.push_back(0);
    }
    const int m = it->second;
    t.mark_of[i] = m;
    t.count[static_cast<size_t>(m)] += 1;
    const size_t cur = static_cast<size_t>(t.mark[static_cast<size_t>(m)]);
    if (i < weight.size() && cur < weight.size() && weight[i] > weight[cur]) t.mark[static_cast<size_t>(m)] = static_cast<int>(i);
  }
  return t;
}

}  // namespace

ThinnedPoints thin_points(const std::vector<int32_t>& x, const std::vector<int32_t>& y, const std::vector<int>& group,
                          const std::vector<double>& weight, int max_marks) {
  ThinnedPoints t = thin_at(x, y, group, weight, 1);
  for (int step = 2; static_cast<int>(t.mark.size()) > std::max(1, max_marks) && step <= (1 << 20); step *= 2)
    t = thin_at(x, y, group, weight, step);
  return t;
}

}  // namespace starcart::charts
