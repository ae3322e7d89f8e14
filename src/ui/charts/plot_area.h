// The frame of a 2-D chart: a value axis with nice ticks, grid lines and
// formatted labels on the left, category labels along the bottom, and the
// inner rectangle where series draw.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/axis.h"
#include "ui/charts/canvas.h"

namespace starcart::charts {

using Formatter = std::string (*)(double);

struct PlotArea {
  ImVec2 min, max;  // where series draw
  Axis y;           // value axis (pixels grow downwards: p0 = bottom)
  int categories = 0;
  float band() const { return categories > 0 ? (max.x - min.x) / categories : 0; }
  float band_center(int i) const { return min.x + band() * (static_cast<float>(i) + 0.5f); }
  // The category under an x position, or -1.
  int category_at(float x) const;
};

// Lays out a value axis for [lo, hi] (lo is usually 0), draws its grid and
// labels, and returns the plot area for `categories` bands.
PlotArea layout_value_plot(const Canvas& canvas, double lo, double hi, int categories, Formatter fmt);

// Category labels under the bands, thinned so they never overlap.
void draw_category_labels(const Canvas& canvas, const PlotArea& area, const std::vector<std::string>& labels);

}  // namespace starcart::charts
