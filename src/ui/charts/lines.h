// Lines and areas over a plot, with a hover crosshair: the mouse's x is
// inverted through the plot's axis and found in each series' sorted x by
// binary search (STYLE 12); the crosshair and the points under it are drawn
// with the same transform. NaN values break a line (a gap, not a zero).
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "ui/charts/plot.h"

namespace starcart::charts {

struct LineSeries {
  std::string name;
  std::vector<double> x;       // ascending (band centres for category plots: band_centers(n))
  std::vector<double> y;
  Rgba color = 0;              // 0: series_color(k)
  bool area = false;           // fill down to zero (or the axis' floor)
  bool right_axis = false;     // values on the plot's second axis
  bool markers = false;        // a dot on every point
  bool dashed = false;         // comparison lines (previous year, moving averages)
};

struct LineOptions {
  bool crosshair = true;
  // Points with x outside [highlight_from, highlight_to] are drawn dimmed
  // when set (a selection on the x axis); NaN for none.
  double highlight_from = NAN, highlight_to = NAN;
};

// hit.hovered: index (in the first series) nearest to the mouse's x;
// hit.series: the series whose point is nearest to the mouse there.
ChartHit plot_lines(const Plot& plot, const std::vector<LineSeries>& series, const LineOptions& options = {});

}  // namespace starcart::charts
