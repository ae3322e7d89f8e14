#include "ui/charts/ticks.h"

#include <algorithm>
#include <cmath>

namespace starcart::charts {

double nice_number(double x, bool round) {
  if (!(x > 0) || !std::isfinite(x)) return 1;
  const double exponent = std::floor(std::log10(x));
  const double power = std::pow(10.0, exponent);
  const double f = x / power;  // in [1, 10)
  double nice;
  if (round) nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  else nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return nice * power;
}

Ticks nice_ticks(double lo, double hi, double length_px, double min_spacing_px, bool extend) {
  Ticks t;
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  if (hi < lo) std::swap(lo, hi);
  if (hi == lo) {  // a flat series still gets an axis around its value
    double pad = lo == 0 ? 1 : std::fabs(lo) * 0.5;
    lo -= pad;
    hi += pad;
  }
  const int max_ticks = std::max(2, static_cast<int>(length_px / std::max(1.0, min_spacing_px)));
  const double step = nice_number((hi - lo) / max_ticks, false);
  t.step = step;
  double first = std::ceil(lo / step - 1e-9) * step;
  double last = std::floor(hi / step + 1e-9) * step;
  if (extend) {
    first = std::floor(lo / step + 1e-9) * step;
    last = std::ceil(hi / step - 1e-9) * step;
  }
  t.lo = extend ? first : lo;
  t.hi = extend ? last : hi;
  for (int k = 0;; ++k) {
    double v = first + k * step;
    if (v > last + step * 1e-6) break;
    if (std::fabs(v) < step * 1e-9) v = 0;  // no "-0" labels
    t.values.push_back(v);
    if (k > 1000) break;
  }
  return t;
}

Ticks log_ticks(double lo, double hi, double length_px, double min_spacing_px, bool extend) {
  Ticks t;
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 1, hi = 10;
  if (hi < lo) std::swap(lo, hi);
  if (!(hi > 0)) hi = 10;
  if (!(lo > 0)) lo = std::min(1.0, hi / 10);
  int e0 = static_cast<int>(std::floor(std::log10(lo) + 1e-9));
  int e1 = static_cast<int>(std::ceil(std::log10(hi) - 1e-9));
  if (e1 <= e0) e1 = e0 + 1;
  t.lo = extend ? std::pow(10.0, e0) : lo;
  t.hi = extend ? std::pow(10.0, e1) : hi;
  // Pixels per decade of the range drawn: whole decades when extended, the
  // values' own span when not (a legend over 765 .. 567k spans 2.9 decades,
  // not the 4 of 100 .. 1M; counting 4 thinned it to every other decade and
  // left one tick inside).
  const double decades = std::max(1e-9, std::log10(t.hi) - std::log10(t.lo));
  const double per_decade = length_px / decades;
  const double spacing = std::max(1.0, min_spacing_px);
  int every = 1;
  bool subdivide = per_decade >= 3 * spacing;
  if (per_decade < spacing) every = static_cast<int>(std::ceil(spacing / std::max(1e-9, per_decade)));
  t.step = every;
  // Every k-th decade counted from the first power of ten inside the range
  // (from e0, below it, the k-th ones could all fall outside).
  const int first = every > 1 ? static_cast<int>(std::ceil(std::log10(t.lo) - 1e-9)) : e0;
  for (int e = first; e <= e1; e += every) {
    const double p = std::pow(10.0, e);
    for (double m : {1.0, 2.0, 5.0}) {
      if (m != 1.0 && (!subdivide || e == e1)) continue;
      const double v = m * p;
      if (v < t.lo * (1 - 1e-9) || v > t.hi * (1 + 1e-9)) continue;
      t.values.push_back(v);
    }
  }
  return t;
}

}  // namespace starcart::charts
