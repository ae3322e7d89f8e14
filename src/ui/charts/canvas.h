// The canvas skeleton every chart starts from (STYLE 10): reserve the area
// with an invisible button (layout and hit-testing), read hover and click,
// push a clip rect, draw in screen coordinates, pop. A chart with nothing to
// show draws its empty or loading state on the canvas instead (never a blank
// rectangle).
#pragma once

#include <string>

#include "imgui.h"

namespace starcart::charts {

struct Canvas {
  const char* id = "";
  ImDrawList* draw = nullptr;
  ImVec2 min, max;
  ImVec2 mouse;
  bool hovered = false;
  bool clicked = false;
  float width() const { return max.x - min.x; }
  float height() const { return max.y - min.y; }
  bool contains(ImVec2 p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
};

Canvas begin_canvas(const char* id, ImVec2 size);
void end_canvas(const Canvas& canvas);

enum class ChartStatus : unsigned char { kReady, kEmpty, kLoading };

// The placeholder for a chart without data: a faint skeleton and "Loading…"
// while its data is computed, or a message saying why there is nothing.
void draw_chart_state(const Canvas& canvas, ChartStatus status, const std::string& empty_text);

// Reserves a canvas and draws the placeholder when `status` is not ready.
// Returns true when it did (the chart then draws nothing else).
bool chart_placeholder(const char* id, ImVec2 size, ChartStatus status, const std::string& empty_text);

inline ChartStatus status_of(bool loading, bool empty) {
  return loading ? ChartStatus::kLoading : empty ? ChartStatus::kEmpty : ChartStatus::kReady;
}
// A spec's status, or empty when the chart has nothing to draw.
inline ChartStatus status_or_empty(ChartStatus given, bool empty) {
  return given != ChartStatus::kReady ? given : empty ? ChartStatus::kEmpty : ChartStatus::kReady;
}

}  // namespace starcart::charts
