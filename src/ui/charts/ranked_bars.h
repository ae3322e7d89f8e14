// Horizontal bars for the top of a ranking (top categories, top countries):
// labels on the left, the largest bar first, one selected bar highlighted
// (the others dimmed), a hand cursor and a tooltip with the value, the share
// and what a click does. Panels turn hit.clicked into a filter edit.
// No bar goes without its label: when the chart is too short for a row per
// bar, the bars past the last row that fits are folded into one "N more"
// bar (their sum; the tooltip names them), which is neither hovered nor
// clicked in the hit (ranked_rows_shown, bar_layout.h). Every chart that
// ranks items on bars uses this one (Products' categories, Marketing's
// channels), not a bar plot of its own that thins labels.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/tooltip.h"
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
  std::vector<std::vector<TooltipRow>> details;  // optional per bar: more tooltip rows ("Orders")
  // Optional: a second value per bar drawn beside the first (first-touch
  // revenue beside last-touch), in series_color(1); the folded bar sums it.
  std::vector<double> values2;
  std::string value2_name;
  // Optional: the folded bar's value from the first folded bar on, for
  // values that do not add up (a ratio: the rest's revenue over its spend);
  // unset, the rest's sum.
  std::function<double(int first)> rest_value;
  ChartStatus status = ChartStatus::kReady;
  std::string empty_text = "No data for this selection";
};

// hit.hovered / hit.clicked: the bar's index.
ChartHit ranked_bars(const char* id, ImVec2 size, const RankedBarsSpec& spec);

}  // namespace starcart::charts
