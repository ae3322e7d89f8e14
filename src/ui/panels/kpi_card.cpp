#include "ui/panels/kpi_card.h"

#include <cmath>

#include "core/format.h"
#include "ui/fonts.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart {

float kpi_card_height() { return 8.6f * em(); }

void draw_kpi_card(const char* id, const KpiCardData& d, ImVec2 size) {
  const Theme& t = theme();
  const float e = em();
  begin_card(id, nullptr, size);
  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  ImGui::TextUnformatted(d.label.c_str());
  ImGui::PopStyleColor();
  if (fonts().figure) ImGui::PushFont(fonts().figure);
  ImGui::TextUnformatted(d.value.c_str());
  if (fonts().figure) ImGui::PopFont();
  probe_item(std::string("kpi.") + d.label);
  if (fonts().small) ImGui::PushFont(fonts().small);
  if (d.change && std::isfinite(*d.change)) {
    const bool up = *d.change > 0, flat = std::fabs(*d.change) < 0.0005;
    const bool good = flat ? true : (up == d.higher_is_better);
    ImU32 col = flat ? t.text_muted : good ? t.positive : t.negative;
    // ▲ U+25B2, ▼ U+25BC are in the font subset.
    std::string text = std::string(flat ? "" : up ? "\xE2\x96\xB2 " : "\xE2\x96\xBC ") + format_delta_percent(*d.change);
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  ImGui::TextUnformatted(d.change ? d.comparison.c_str() : "no earlier period in the data");
  ImGui::PopStyleColor();
  if (fonts().small) ImGui::PopFont();
  // The sparkline fills what is left of the card.
  const float h = ImGui::GetContentRegionAvail().y;
  if (h > 1.2f * e) charts::sparkline((std::string(id) + "_spark").c_str(), ImVec2(ImGui::GetContentRegionAvail().x, h), d.spark);
  end_card();
}

}  // namespace starcart
