#include "ui/panels/card.h"

#include <algorithm>

#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart {

void begin_card(const char* id, const char* title, ImVec2 size) {
  const float e = em();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(1.0f * e, 0.8f * e));
  ImGui::BeginChild(id, size, ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  if (UiProbe* probe = current_probe()) {  // for the Share menu's chart exports
    const ImVec2 pos = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
    probe->card(id, title ? title : "", pos, ImVec2(pos.x + sz.x, pos.y + sz.y));
  }
  if (title && *title) {
    if (fonts().strong) ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted(title);
    if (fonts().strong) ImGui::PopFont();
  }
}

void end_card() { ImGui::EndChild(); }

float column_width(int count) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  float avail = ImGui::GetContentRegionAvail().x;
  return std::max(1.0f, (avail - gap * static_cast<float>(count - 1)) / static_cast<float>(count));
}

}  // namespace starcart
