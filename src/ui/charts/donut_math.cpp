#include "ui/charts/donut_math.h"

#include <algorithm>
#include <cmath>

namespace starcart::charts {

std::vector<Slice> donut_slices(const std::vector<double>& values, double start) {
  double total = 0;
  for (double v : values)
    if (std::isfinite(v) && v > 0) total += v;
  std::vector<Slice> out(values.size());
  double a = start;
  for (size_t i = 0; i < values.size(); ++i) {
    const double v = values[i];
    out[i].a0 = a;
    if (total > 0 && std::isfinite(v) && v > 0) {
      out[i].share = v / total;
      a += out[i].share * 2 * kPi;
    }
    out[i].a1 = a;
  }
  return out;
}

int donut_hit(const std::vector<Slice>& slices, double dx, double dy, double r_inner, double r_outer) {
  const double r = std::sqrt(dx * dx + dy * dy);
  if (r < r_inner || r > r_outer || slices.empty()) return -1;
  double a = std::atan2(dy, dx);  // (-pi, pi], clockwise on screen
  const double start = slices.front().a0;
  while (a < start) a += 2 * kPi;
  while (a >= start + 2 * kPi) a -= 2 * kPi;
  for (size_t i = 0; i < slices.size(); ++i)
    if (slices[i].a1 > slices[i].a0 && a >= slices[i].a0 && a < slices[i].a1) return static_cast<int>(i);
  return -1;
}

int arc_segments(double angle, double radius) {
  // Chord error of a segment of angle t: r (1 - cos(t / 2)) <= 0.25.
  if (!(radius > 0) || !(angle > 0)) return 1;
  const double c = 1 - 0.25 / radius;
  const double t = c <= -1 ? kPi : 2 * std::acos(std::max(-1.0, c));
  return std::clamp(static_cast<int>(std::ceil(angle / std::max(1e-3, t))), 1, 512);
}

}  // namespace starcart::charts
