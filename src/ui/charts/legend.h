// Legends: a categorical legend (swatches and labels flowing over rows, see
// legend_layout.h; hover and click report the entry, so a legend can toggle
// or select a series) and a continuous colour legend for heatmaps and maps
// (a gradient bar with nice ticks).
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/legend_layout.h"
#include "ui/charts/scales.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

struct LegendEntry {
  std::string label;
  Rgba color = 0;
  bool dimmed = false;  // a series switched off or outside the selection
};

LegendMetrics legend_metrics();

// Height a legend of these entries takes within `width`.
float legend_height(const std::vector<LegendEntry>& entries, float width);

// Draws the legend at the cursor, `width` wide, and advances the cursor.
ChartHit legend(const char* id, const std::vector<LegendEntry>& entries, float width);

// Draws entries at a position in a draw list (inside another chart's canvas);
// returns the entry under `mouse` or -1.
int draw_legend(ImDrawList* dl, ImVec2 pos, float width, const std::vector<LegendEntry>& entries, ImVec2 mouse);

// A gradient bar for a colour scale with its ticks below it and an optional
// title above; returns the height used. The ticks are nice values (1-2-5,
// or powers of ten on a log scale) with room between their labels, and at
// least two are labelled (the range's ends when fewer ticks fall inside).
// With `probe_key`, the labels drawn are recorded for tests: the text
// under the key (joined by '\n') and each label's place as key.tick<k>.
float draw_color_legend(ImDrawList* dl, ImVec2 pos, float width, const ColorScale& scale, const ValueFormat& format,
                        const std::string& title, const char* probe_key = nullptr);
float color_legend_height(bool with_title);

// The same as a widget at the cursor.
void color_legend(const char* id, const ColorScale& scale, const ValueFormat& format, float width,
                  const std::string& title);

}  // namespace starcart::charts
