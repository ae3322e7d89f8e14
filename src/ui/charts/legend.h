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
// title above; returns the height used.
float draw_color_legend(ImDrawList* dl, ImVec2 pos, float width, const ColorScale& scale, const ValueFormat& format,
                        const std::string& title);
float color_legend_height(bool with_title);

// The same as a widget at the cursor.
void color_legend(const char* id, const ColorScale& scale, const ValueFormat& format, float width,
                  const std::string& title);

}  // namespace starcart::charts
