#include "ui/charts/canvas.h"

#include <algorithm>

namespace starcart::charts {

Canvas begin_canvas(const char* id, ImVec2 size) {
  Canvas c;
  size.x = std::max(size.x, 1.0f);
  size.y = std::max(size.y, 1.0f);
  c.min = ImGui::GetCursorScreenPos();
  c.max = ImVec2(c.min.x + size.x, c.min.y + size.y);
  ImGui::InvisibleButton(id, size);
  c.hovered = ImGui::IsItemHovered();
  c.clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
  c.mouse = ImGui::GetIO().MousePos;
  c.draw = ImGui::GetWindowDrawList();
  c.draw->PushClipRect(c.min, c.max, true);
  return c;
}

void end_canvas(const Canvas& c) { c.draw->PopClipRect(); }

}  // namespace starcart::charts
