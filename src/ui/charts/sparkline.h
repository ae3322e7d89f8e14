// A sparkline: a small line with a soft area, no axes, the last point marked;
// an optional highlighted range (the selected period) and a hover dot with a
// tooltip when labels are given. KPI cards use it.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

struct SparklineSpec {
  std::vector<double> values;       // evenly spaced; NaN breaks the line
  std::vector<std::string> labels;  // per value, for the tooltip ("Mar 2011"); empty: no tooltip
  ValueFormat format;
  Rgba color = 0;                   // 0: the accent
  int highlight_from = -1, highlight_to = -1;  // values outside are dimmed
  bool area = true;
  ChartStatus status = ChartStatus::kReady;
};

// Draws into a rectangle of any draw list (no input).
void draw_sparkline(ImDrawList* dl, ImVec2 min, ImVec2 max, const SparklineSpec& spec, int hovered = -1);

// As a widget at the cursor, with hover; hit.hovered is the value's index.
ChartHit sparkline(const char* id, ImVec2 size, const SparklineSpec& spec);

}  // namespace starcart::charts
