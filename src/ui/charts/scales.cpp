#include "ui/charts/scales.h"

#include <algorithm>
#include <cmath>

namespace starcart::charts {

float SizeScale::radius(double v) const {
  if (!std::isfinite(v)) return r_min;
  double t = hi > lo ? (v - lo) / (hi - lo) : 1.0;
  t = std::clamp(t, 0.0, 1.0);
  const double a = static_cast<double>(r_min) * r_min, b = static_cast<double>(r_max) * r_max;
  return static_cast<float>(std::sqrt(a + (b - a) * t));
}

SizeScale fit_size_scale(const double* values, int count, float r_min, float r_max) {
  SizeScale s;
  s.r_min = r_min;
  s.r_max = r_max;
  bool any = false;
  for (int i = 0; i < count; ++i) {
    if (!std::isfinite(values[i])) continue;
    if (!any) s.lo = s.hi = values[i];
    s.lo = std::min(s.lo, values[i]);
    s.hi = std::max(s.hi, values[i]);
    any = true;
  }
  return s;
}

double ColorScale::position(double v) const {
  if (!std::isfinite(v)) return std::nan("");
  double a = lo, b = hi, x = v;
  if (log) {
    a = std::log10(std::max(a, 1e-12));
    b = std::log10(std::max(b, 1e-12));
    x = std::log10(std::max(x, 1e-12));
  }
  if (b == a) return 1.0;
  return std::clamp((x - a) / (b - a), 0.0, 1.0);
}

Rgba ColorScale::color_at(double t) const {
  if (reverse) t = 1 - t;
  return viridis(t);
}

Rgba ColorScale::color(double v) const { return color_at(position(v)); }

Rgba text_color_on(Rgba bg) {
  // Contrast against black (L + 0.05) / 0.05 versus against white 1.05 / (L + 0.05):
  // equal where L is about 0.179.
  return luminance(bg) > 0.179 ? rgb(20, 20, 20) : rgb(255, 255, 255);
}

bool label_fits(float text_w, float text_h, float cell_w, float cell_h, float pad) {
  return text_w + 2 * pad <= cell_w && text_h + 2 * pad <= cell_h;
}

}  // namespace starcart::charts
