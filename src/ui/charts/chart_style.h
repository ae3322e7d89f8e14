// What every chart shares: the hit report returned to panels (for tooltips
// and cross-filtering), series colours that follow the theme, the label font
// and sizes in ems (STYLE 13).
#pragma once

#include <string>

#include "imgui.h"
#include "ui/charts/palette.h"

namespace starcart::charts {

// What the mouse did on a chart this frame. Indices are the chart's own:
// a category (bars, lines), a point (scatter), a slice (donut), a cell
// (heatmap: row * columns + column), a country (map).
struct ChartHit {
  int hovered = -1;
  int series = -1;          // the series of the hovered item, when there are several
  int clicked = -1;
  int clicked_series = -1;
};

struct Canvas;
// Completes a hit: a click on the canvas clicks the hovered item; both are
// reported to the UI probe under the canvas id.
ChartHit finish_hit(const Canvas& canvas, ChartHit hit);

// Colour of series k: the theme's accent first, then Okabe-Ito.
Rgba series_color(int k);
// A colour pushed back for items outside the selection.
Rgba dimmed(Rgba c);

// Axis and legend labels: the small font.
ImFont* label_font();
float label_px();
ImVec2 label_size(const std::string& text);
void draw_label(ImDrawList* dl, ImVec2 pos, Rgba color, const std::string& text);
// Cuts text with an ellipsis to fit `width` pixels in the label font.
std::string fit_label(const std::string& text, float width);

// Rounds to whole CSS pixels so 1-px lines stay crisp at every ratio.
inline float snap(float v) { return static_cast<float>(static_cast<int>(v + (v >= 0 ? 0.5f : -0.5f))); }

}  // namespace starcart::charts
