#include "ui/charts/hit_test.h"

#include <algorithm>
#include <cmath>

namespace starcart::charts {

int nearest_sorted(const std::vector<double>& v, double x) {
  if (v.empty()) return -1;
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.begin()) return 0;
  if (it == v.end()) return static_cast<int>(v.size()) - 1;
  const auto i = static_cast<int>(it - v.begin());
  return (x - v[static_cast<size_t>(i - 1)]) <= (v[static_cast<size_t>(i)] - x) ? i - 1 : i;
}

int band_index(double x, double x0, double band, int n) {
  if (n <= 0 || !(band > 0) || x < x0 || x >= x0 + band * n) return -1;
  return std::clamp(static_cast<int>((x - x0) / band), 0, n - 1);
}

int hit_point(const std::vector<float>& px, const std::vector<float>& py, const std::vector<float>& r, float radius,
              float x, float y, float slack) {
  int best = -1;
  float best_d = 0;
  for (size_t i = px.size(); i-- > 0;) {
    const float rr = (r.empty() ? radius : r[i]) + slack;
    const float dx = px[i] - x, dy = py[i] - y;
    const float d = dx * dx + dy * dy;
    if (d > rr * rr) continue;
    // The topmost hit wins unless another centre is much nearer (a small
    // bubble drawn under a big one stays reachable).
    if (best < 0 || d < best_d * 0.25f) {
      best = static_cast<int>(i);
      best_d = d;
    }
  }
  return best;
}

bool point_in_rings(const std::vector<std::vector<double>>& rings, double x, double y) {
  bool inside = false;
  for (const std::vector<double>& ring : rings) {
    const size_t n = ring.size() / 2;
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
      const double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

}  // namespace starcart::charts
