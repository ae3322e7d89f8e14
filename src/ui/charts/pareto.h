// A Pareto chart: bars sorted from the largest down (left axis) and the
// cumulative share of the total as a line on a second axis (0-100 %), with a
// dashed guide at 80 % (the ABC "A" boundary). Built-in tooltip: label,
// value, cumulative share.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

struct ParetoSpec {
  std::vector<std::string> labels;
  std::vector<double> values;      // any order; the chart sorts them
  ValueFormat format;              // the left axis and tooltip
  std::string value_title;         // left axis caption ("Revenue")
  double guide = 0.8;              // share marked by the dashed line; 0 for none
  int max_bars = 0;                // 0: all; else the largest n (the line still counts all)
  int selected = -1;               // original index; the others are dimmed
  ChartStatus status = ChartStatus::kReady;
  std::string empty_text = "No data for this selection";
  bool tooltip = true;
};

// hit.hovered / hit.clicked: the ORIGINAL index of the bar (not its rank).
ChartHit pareto(const char* id, ImVec2 size, const ParetoSpec& spec);

}  // namespace starcart::charts
