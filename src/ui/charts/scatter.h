// Scatter and bubble charts over a plot (linear or log axes): points
// coloured by group, optionally sized by a third value through a SizeScale
// (bubble area proportional to the value). Big bubbles are drawn first so
// small ones stay visible and reachable; hover finds the topmost point under
// the mouse in screen space.
#pragma once

#include <vector>

#include "ui/charts/plot.h"
#include "ui/charts/scales.h"

namespace starcart::charts {

struct ScatterSeries {
  std::vector<double> x, y;
  std::vector<double> size;      // optional: bubble sizes (through `size_scale`)
  std::vector<int> group;        // optional: colour group per point
  std::vector<Rgba> colors;      // per group; empty: series_color(group)
  SizeScale size_scale;          // used when `size` is given
  float radius_em = 0.28f;       // point radius without sizes
  uint8_t alpha = 170;           // fill opacity (overlaps stay readable)
  int selected_group = -1;       // other groups are dimmed
  int selected = -1;             // one point outlined
};

// hit.hovered: the point under the mouse; hit.series: its group.
ChartHit plot_scatter(const Plot& plot, const ScatterSeries& series);

}  // namespace starcart::charts
