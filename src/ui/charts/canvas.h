// The canvas skeleton every chart starts from (STYLE 10): reserve the area
// with an invisible button (layout and hit-testing), read hover and click,
// push a clip rect, draw in screen coordinates, pop.
#pragma once

#include "imgui.h"

namespace starcart::charts {

struct Canvas {
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

}  // namespace starcart::charts
