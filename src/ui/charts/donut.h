// Donut (or pie, with inner = 0): slices from 12 o'clock clockwise
// (donut_math.h), the hovered slice pushed out a little, a title and the
// total in the middle, and a legend with shares beside it (below it when the
// space is tall). Built-in tooltip: label, value, share.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

struct DonutSpec {
  std::vector<std::string> labels;
  std::vector<double> values;
  std::vector<Rgba> colors;            // empty: series_color(i)
  float inner = 0.62f;                 // inner radius / outer radius; 0 = pie
  std::string center_title;            // "Payments"
  std::string center_value;            // "£1.2M"
  ValueFormat format;                  // legend and tooltip values
  int selected = -1;                   // the other slices are dimmed
  bool legend = true;
  ChartStatus status = ChartStatus::kReady;
  std::string empty_text = "No data for this selection";
  bool tooltip = true;
};

// hit.hovered / hit.clicked: slice index (from the slice or its legend entry).
ChartHit donut(const char* id, ImVec2 size, const DonutSpec& spec);

}  // namespace starcart::charts
