#include "ui/charts/tooltip.h"

#include <algorithm>

#include "imgui.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart::charts {

void chart_tooltip(const std::string& title, const std::vector<TooltipRow>& rows) {
  if (UiProbe* probe = current_probe()) probe->tooltip(title);
  ImGui::BeginTooltip();
  if (fonts().strong) ImGui::PushFont(fonts().strong);
  ImGui::TextUnformatted(title.c_str());
  if (fonts().strong) ImGui::PopFont();
  const float e = em();
  float name_w = 0;
  bool swatches = false;
  for (const TooltipRow& r : rows) {
    name_w = std::max(name_w, ImGui::CalcTextSize(r.name.c_str()).x);
    swatches = swatches || r.swatch != 0;
  }
  const float swatch = 0.6f * e;
  const float indent = swatches ? swatch + 0.4f * e : 0;
  const float start_x = ImGui::GetCursorPosX();  // window-local, padding included
  for (const TooltipRow& r : rows) {
    if (r.name.empty()) {  // a note under the figures ("Click to filter")
      ImGui::SetCursorPosX(start_x);
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme().text_muted), "%s", r.value.c_str());
      continue;
    }
    ImVec2 p = ImGui::GetCursorScreenPos();
    if (r.swatch != 0)
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 0.25f * e),
                                                ImVec2(p.x + swatch, p.y + 0.25f * e + swatch), r.swatch, 0.15f * e);
    ImGui::SetCursorPosX(start_x + indent);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme().text_muted), "%s", r.name.c_str());
    ImGui::SameLine(start_x + indent + name_w + 1.2f * e);
    ImGui::TextUnformatted(r.value.c_str());
  }
  ImGui::EndTooltip();
}

}  // namespace starcart::charts
