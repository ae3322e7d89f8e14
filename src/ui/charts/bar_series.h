// Vertical bars, one per category band, with hover and click read through
// the same transform that draws them (STYLE 12).
#pragma once

#include <vector>

#include "ui/charts/palette.h"
#include "ui/charts/plot_area.h"

namespace starcart::charts {

struct SeriesHit {
  int hovered = -1;  // category under the mouse
  int clicked = -1;
};

SeriesHit draw_bars(const Canvas& canvas, const PlotArea& area, const std::vector<double>& values, Rgba color,
                    int selected = -1);

}  // namespace starcart::charts
