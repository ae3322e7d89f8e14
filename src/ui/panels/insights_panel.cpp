#include "ui/panels/insights_panel.h"

#include <string>

#include "core/format.h"
#include "ui/charts/canvas.h"
#include "ui/charts/palette.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

const char* insight_kind_label(InsightKind k) {
  switch (k) {
    case InsightKind::kMover: return "Mover";
    case InsightKind::kAnomaly: return "Anomaly";
    case InsightKind::kCohort: return "Cohort";
    case InsightKind::kSegment: return "Segment";
    case InsightKind::kReturnRate: return "Returns";
  }
  return "";
}

std::optional<size_t> InsightsPanel::draw(const Insights* insights, ImVec2 size) {
  const Theme& t = theme();
  const float e = em();
  std::optional<size_t> clicked;
  begin_card("insights", "Insights", size);
  if (!insights || insights->items.empty()) {
    charts::chart_placeholder("##insights_state", ImGui::GetContentRegionAvail(),
                              insights ? charts::ChartStatus::kEmpty : charts::ChartStatus::kLoading,
                              "Nothing stands out under the current filter: no insight passes its threshold");
    end_card();
    return clicked;
  }
  ImGui::BeginChild("insights_list", ImGui::GetContentRegionAvail(), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoBackground);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float tag_w = 6.2f * e;
  for (size_t i = 0; i < insights->items.size(); ++i) {
    const Insight& in = insights->items[i];
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = width - tag_w - 0.6f * e;
    const ImVec2 text = wrapped_size(in.text, wrap);
    const ImVec2 row(width, text.y + 0.5f * e);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::InvisibleButton("##insight", row)) clicked = i;
    probe_item("insight." + std::to_string(i));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (hovered) {
      dl->AddRectFilled(p, ImVec2(p.x + row.x, p.y + row.y), t.surface_alt, 0.3f * e);
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      item_tooltip(std::string("Click to open the ") + in.link.tab + " tab with the filter that shows it");
    }
    const ImU32 tag_color = charts::category_color(static_cast<int>(in.kind));
    dl->AddCircleFilled(ImVec2(p.x + 0.5f * e, p.y + 0.25f * e + ImGui::GetFontSize() * 0.5f), 0.28f * e, tag_color);
    dl->AddText(ImVec2(p.x + 1.1f * e, p.y + 0.25f * e), t.text_muted,
                (std::to_string(i + 1) + ". " + insight_kind_label(in.kind)).c_str());
    draw_wrapped(dl, ImVec2(p.x + tag_w, p.y + 0.25f * e), t.text, in.text, wrap);
    if (UiProbe* probe = current_probe()) {
      std::string lines;
      for (std::string_view l : wrap_lines(in.text, wrap)) lines.append(l).push_back('\n');
      probe->text("insight." + std::to_string(i), lines);
    }
  }
  ImGui::EndChild();
  end_card();
  return clicked;
}

}  // namespace starcart
