#include "ui/charts/bar_layout.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace starcart::charts {

Span group_slot(float band, int n, int k, float gap) {
  if (n <= 0) return {};
  const float inner = band * (1 - gap);
  const float w = inner / static_cast<float>(n);
  const float start = band * gap * 0.5f;
  return {start + w * static_cast<float>(k), start + w * static_cast<float>(k + 1)};
}

Stack stack_series(const std::vector<std::vector<double>>& series) {
  Stack s;
  size_t n = 0;
  for (const auto& v : series) n = std::max(n, v.size());
  std::vector<double> up(n, 0.0), down(n, 0.0);
  for (const auto& v : series) {
    std::vector<double> base(n, 0.0), top(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
      const double x = i < v.size() && std::isfinite(v[i]) ? v[i] : 0.0;
      double& edge = x >= 0 ? up[i] : down[i];
      base[i] = edge;
      edge += x;
      top[i] = edge;
    }
    s.base.push_back(std::move(base));
    s.top.push_back(std::move(top));
  }
  for (size_t i = 0; i < n; ++i) {
    s.hi = std::max(s.hi, up[i]);
    s.lo = std::min(s.lo, down[i]);
  }
  return s;
}

int ranked_rows_shown(int n, int rows) {
  if (n <= rows) return n;
  return std::max(1, rows - 1);
}

ParetoOrder pareto_order(const std::vector<double>& values) {
  ParetoOrder p;
  p.index.resize(values.size());
  std::iota(p.index.begin(), p.index.end(), 0);
  auto val = [&](int i) {
    double v = values[static_cast<size_t>(i)];
    return std::isfinite(v) && v > 0 ? v : 0.0;
  };
  sort_rows(p.index, [&](int a, int b) { return val(a) > val(b); });
  double total = 0;
  for (int i : p.index) total += val(i);
  double run = 0;
  for (int i : p.index) {
    p.value.push_back(val(i));
    run += val(i);
    p.cumulative.push_back(total > 0 ? run / total : 0.0);
  }
  return p;
}

}  // namespace starcart::charts
