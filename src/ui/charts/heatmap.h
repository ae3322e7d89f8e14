// A heatmap: a grid of cells coloured through a ColorScale, row labels on the
// left, column labels on top, the value written in each cell when it fits
// (in black or white, whichever reads on the cell), a colour legend below,
// a tooltip per cell and a selected cell outlined. Cohort tables and
// weekday x hour grids use it.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/scales.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

struct HeatmapSpec {
  int rows = 0, cols = 0;
  std::vector<double> values;            // row-major, rows * cols; NaN = no cell
  std::vector<std::string> row_labels;   // rows
  std::vector<std::string> col_labels;   // cols
  ColorScale scale;                      // lo/hi: fit_color_scale() when unset
  ValueFormat format;                    // cell labels, tooltip, legend
  bool cell_labels = true;               // write values in cells that fit them
  bool legend = true;
  std::string legend_title;
  std::string row_title, col_title;      // tooltip wording ("Cohort", "Month")
  int selected = -1;                     // cell index outlined
  ChartStatus status = ChartStatus::kReady;
  std::string empty_text = "No data for this selection";
  bool tooltip = true;                   // the built-in tooltip (turn off to draw your own)
};

// A colour scale spanning the finite values.
ColorScale fit_color_scale(const std::vector<double>& values, bool log = false);

// hit.hovered / hit.clicked: cell index (row * cols + col).
ChartHit heatmap(const char* id, ImVec2 size, const HeatmapSpec& spec);

}  // namespace starcart::charts
