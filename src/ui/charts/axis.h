// An axis owns the value <-> pixel transform and its inverse (STYLE 11),
// kept in double until the pixel. Linear or log10.
#pragma once

namespace starcart::charts {

struct Axis {
  double lo = 0, hi = 1;     // value range
  double p0 = 0, p1 = 1;     // pixel range (p1 < p0 for a y axis growing upwards)
  bool log = false;          // log10 scale (values must be > 0)

  double to_pixel(double v) const;
  double to_value(double px) const;
};

}  // namespace starcart::charts
