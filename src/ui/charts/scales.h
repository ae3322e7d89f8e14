// Scales that map data values to marks: bubble radius (area proportional to
// the value) and colour (a sequential map over a linear or log range). Pure
// math, unit-tested.
#pragma once

#include "ui/charts/palette.h"

namespace starcart::charts {

// Bubble radius: the bubble's area grows linearly with the value, from
// r_min at `lo` to r_max at `hi` (values outside are clamped), so a customer
// who spent twice as much covers twice the ink above the minimum.
struct SizeScale {
  double lo = 0, hi = 1;
  float r_min = 2, r_max = 12;  // pixels
  float radius(double value) const;
};

// Fits a size scale to values (min and max of the finite ones).
SizeScale fit_size_scale(const double* values, int count, float r_min, float r_max);

// A sequential colour scale: value -> t in [0, 1] (linear or log10) -> viridis.
struct ColorScale {
  double lo = 0, hi = 1;
  bool log = false;
  bool reverse = false;  // viridis from yellow (small) to purple (large)
  double position(double value) const;  // t in [0, 1]; NaN for a non-finite value
  Rgba color(double value) const;
  Rgba color_at(double t) const;        // the map at t, honouring `reverse`
};

// Black or white, whichever reads better on `background` (WCAG contrast).
Rgba text_color_on(Rgba background);

// Whether a label of text size (w, h) fits a cell of (cell_w, cell_h) with
// `pad` on every side.
bool label_fits(float text_w, float text_h, float cell_w, float cell_h, float pad);

}  // namespace starcart::charts
