#include "ui/charts/dash_pattern.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace starcart::charts {

std::vector<DashSpan> dash_spans(const std::vector<ImVec2>& pts, float dash, size_t max_spans) {
  std::vector<DashSpan> out;
  const bool solid = !(dash > 0) || !std::isfinite(dash);
  const double period = 2.0 * dash;
  double phase = 0;  // distance into the pattern at the start of the segment, in [0, period)
  for (size_t i = 0; i + 1 < pts.size(); ++i) {
    const ImVec2 a = pts[i], b = pts[i + 1];
    const double dx = static_cast<double>(b.x) - a.x, dy = static_cast<double>(b.y) - a.y;
    const double len = std::hypot(dx, dy);
    if (!(len > 0) || !std::isfinite(len)) continue;
    auto at = [&](double d) {
      const double t = d / len;
      return ImVec2(static_cast<float>(a.x + dx * t), static_cast<float>(a.y + dy * t));
    };
    if (solid) {
      if (out.size() >= max_spans) return out;
      out.push_back({a, b});
      continue;
    }
    // Dash k of this segment is "on" over [k * period - phase, k * period - phase + dash).
    const int64_t count = static_cast<int64_t>(std::ceil((phase + len) / period));
    for (int64_t k = 0; k < count; ++k) {
      const double on0 = static_cast<double>(k) * period - phase, on1 = on0 + dash;
      const double from = std::max(0.0, on0), to = std::min(len, on1);
      if (to <= from) continue;
      if (out.size() >= max_spans) return out;
      out.push_back({at(from), at(to)});
    }
    phase = std::fmod(phase + len, period);
  }
  return out;
}

}  // namespace starcart::charts
