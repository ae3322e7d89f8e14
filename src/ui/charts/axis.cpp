#include "ui/charts/axis.h"

#include <cmath>

namespace starcart::charts {

namespace {
double fwd(const Axis& a, double v) { return a.log ? std::log10(v > 0 ? v : 1e-12) : v; }
}  // namespace

double Axis::to_pixel(double v) const {
  const double a = fwd(*this, lo), b = fwd(*this, hi);
  if (b == a) return p0;
  return p0 + (fwd(*this, v) - a) / (b - a) * (p1 - p0);
}

double Axis::to_value(double px) const {
  const double a = fwd(*this, lo), b = fwd(*this, hi);
  if (p1 == p0) return lo;
  const double t = a + (px - p0) / (p1 - p0) * (b - a);
  return log ? std::pow(10.0, t) : t;
}

}  // namespace starcart::charts
