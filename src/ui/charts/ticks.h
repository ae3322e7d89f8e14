// "Nice" axis ticks (STYLE 11): steps of 1, 2 or 5 times a power of ten,
// chosen from the value range and the pixels available, so labels never
// crowd. Pure math, unit-tested; the drawing code only consumes it.
#pragma once

#include <vector>

namespace starcart::charts {

struct Ticks {
  double step = 1;
  std::vector<double> values;  // within [lo, hi] of the (possibly widened) range
  double lo = 0, hi = 1;       // the range rounded out to whole steps
};

// The nice number near x: 1, 2, 5 or 10 times a power of ten. round=true
// picks the nearest, false the next one up.
double nice_number(double x, bool round);

// Ticks for [lo, hi] with about one tick per `min_spacing_px` of `length_px`.
// When `extend` is set the range is rounded out to whole steps (a value axis
// that starts at 0 and ends at a tick above the maximum).
Ticks nice_ticks(double lo, double hi, double length_px, double min_spacing_px, bool extend = true);

}  // namespace starcart::charts
