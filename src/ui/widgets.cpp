#include "ui/widgets.h"

#include <algorithm>

#include "ui/theme.h"

namespace starcart {

namespace {
bool button(const char* label, ImVec2 size, ImU32 fill, ImU32 text) {
  ImGui::PushStyleColor(ImGuiCol_Button, fill);
  ImGui::PushStyleColor(ImGuiCol_Text, text);
  bool pressed = ImGui::Button(label, size);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor(2);
  return pressed;
}
}  // namespace

bool primary_button(const char* label, ImVec2 size) {
  return button(label, size, theme().accent, IM_COL32(255, 255, 255, 255));
}

bool secondary_button(const char* label, ImVec2 size) {
  return button(label, size, theme().surface_alt, theme().text);
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

void centered_text(const char* text, float x0, float width, ImU32 color) {
  float w = ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(x0 + std::max(0.0f, (width - w) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

}  // namespace starcart
