// Horizontal bars for the top of a ranking (top categories, top countries):
// labels on the left, the largest bar first, one selected bar highlighted
// (the others dimmed), a hand cursor and a tooltip with the value, the share
// and what a click does. Panels turn hit.clicked into a filter edit.
// No bar goes without its label: when the chart is too short for a row per
// bar, the bars past the last row that fits are folded into one "N more"
// bar (their sum; the tooltip names them), which is neither hovered nor
// clicked in the hit (ranked_rows_shown, bar_layout.h).
#pragma once

#include <string>
#include <vector>

#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

struct RankedBarsSpec {
  std::vector<std::string> labels;
  std::vector<double> values;    // in ranking order
  std::vector<double> shares;    // optional: share of the total per bar (tooltip)
  ValueFormat format;            // axis and tooltip values
  std::string value_name = "Revenue";
  int selected = -1;             // highlighted bar; -1 = none
  int max_bars = 0;              // bars of their own at most, then the rest folded (as when short); 0 = no limit
  std::vector<std::string> notes;  // optional per bar: the tooltip's last line ("Click to filter")
  ChartStatus status = ChartStatus::kReady;
  std::string empty_text = "No data for this selection";
};

// hit.hovered / hit.clicked: the bar's index.
ChartHit ranked_bars(const char* id, ImVec2 size, const RankedBarsSpec& spec);

}  // namespace starcart::charts
