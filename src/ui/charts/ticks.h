// "Nice" axis ticks (STYLE 11): steps of 1, 2 or 5 times a power of ten,
// chosen from the value range and the pixels available, so labels never
// crowd; and log10 ticks (decades, with 2 and 5 between them when there is
// room). Pure math, unit-tested; the drawing code only consumes it. Calendar
// ticks for day axes are in time_ticks.h.
#pragma once

#include <vector>

namespace starcart::charts {

struct Ticks {
  double step = 1;             // linear: the tick step; log: decades per tick
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

// Ticks for a log10 axis over [lo, hi] (values <= 0 are raised to the
// smallest positive value given or 1). Every power of ten when a decade has
// `min_spacing_px`; 1-2-5 within decades when it has three times that; every
// k-th decade when decades are narrower. `extend` rounds the range out to
// whole decades; without it the room per decade is judged over [lo, hi]
// itself and every k-th decade counts from the first power of ten inside
// it (colour legends, which span the values alone).
Ticks log_ticks(double lo, double hi, double length_px, double min_spacing_px, bool extend = true);

}  // namespace starcart::charts
