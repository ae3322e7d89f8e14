// Bars over category bands, vertical or horizontal (the plot's orientation),
// one series or several side by side (grouped) or on top of each other
// (stacked). Hover and click are read through the same transform that draws
// them (STYLE 12): the band under the mouse, and the series of the segment
// or slot under it.
#pragma once

#include <string>
#include <vector>

#include "ui/charts/plot.h"

namespace starcart::charts {

struct BarSeries {
  std::string name;
  std::vector<double> values;  // one per category; NaN draws nothing
  Rgba color = 0;              // 0: series_color(k)
};

struct BarOptions {
  bool stacked = false;
  bool right_axis = false;     // values on the plot's second axis
  float gap = 0.22f;           // share of each band left empty
  // Categories outside [highlight_from, highlight_to] are dimmed (a
  // selection); -1 for none.
  int highlight_from = -1, highlight_to = -1;
  bool hover_band = true;      // shade the band under the mouse
  // Categories from this index on are an aggregate, not items ("N more" of a
  // ranking): drawn in theme().other, muted, whatever the series colour; -1 for none.
  int other_from = -1;
};

ChartHit plot_bars(const Plot& plot, const std::vector<BarSeries>& series, const BarOptions& options = {});

}  // namespace starcart::charts
