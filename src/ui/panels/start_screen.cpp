#include "ui/panels/start_screen.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

void dashed_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float dash, float thickness) {
  auto line = [&](ImVec2 p, ImVec2 q) {
    float len = std::hypot(q.x - p.x, q.y - p.y);
    ImVec2 d((q.x - p.x) / len, (q.y - p.y) / len);
    for (float s = 0; s < len; s += dash * 2) {
      float e = std::min(len, s + dash);
      dl->AddLine(ImVec2(p.x + d.x * s, p.y + d.y * s), ImVec2(p.x + d.x * e, p.y + d.y * e), col, thickness);
    }
  };
  line(a, ImVec2(b.x, a.y));
  line(ImVec2(b.x, a.y), b);
  line(b, ImVec2(a.x, b.y));
  line(ImVec2(a.x, b.y), a);
}

}  // namespace

StartAction StartScreen::draw(bool dragging) {
  const Theme& t = theme();
  const float e = em();
  StartAction action = StartAction::kNone;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, 46.0f * e);
  const float left = ImGui::GetCursorPosX() + (avail.x - width) * 0.5f;  // window-local
  ImGui::SetCursorPosX(left);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, (avail.y - 34.0f * e) * 0.35f));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

  if (fonts().title) ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("Your shop's numbers, from its own exports");
  if (fonts().title) ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  text_wrapped("Drop order exports and get revenue, cohorts, RFM segments and more in seconds.", width);
  ImGui::PopStyleColor();
  ImGui::Dummy(ImVec2(0, 0.5f * e));

  // The drop zone: the whole page accepts drops; this shows where to aim.
  const ImVec2 zone_min = ImGui::GetCursorScreenPos();
  const ImVec2 zone_size(width, 11.0f * e);
  const ImVec2 zone_max(zone_min.x + zone_size.x, zone_min.y + zone_size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(zone_min, zone_max, dragging ? t.accent_soft : t.surface, 0.6f * e);
  dashed_rect(dl, ImVec2(zone_min.x + 1, zone_min.y + 1), ImVec2(zone_max.x - 1, zone_max.y - 1),
              dragging ? t.accent : t.axis, 0.5f * e, dragging ? 2.0f : 1.2f);
  ImGui::Dummy(ImVec2(0, 2.2f * e));
  if (fonts().strong) ImGui::PushFont(fonts().strong);
  centered_text(dragging ? "Drop to load" : "Drop CSV files anywhere on this page", left, width, t.text);
  if (fonts().strong) ImGui::PopFont();
  centered_text("orders, order lines, customers, products, payments: one file or several", left, width,
                t.text_muted);
  ImGui::Dummy(ImVec2(0, 0.4f * e));
  const char* open_label = "Open files...";
  ImGui::SetCursorPosX(left + (width - button_width(open_label)) * 0.5f);
  if (primary_button(open_label)) action = StartAction::kOpenFiles;
  ImGui::SetCursorScreenPos(ImVec2(zone_min.x, zone_max.y + 1.0f * e));

  // The demo shop.
  ImGui::TextUnformatted("No export at hand? Try the demo shop:");
  ImGui::SetCursorPosX(left);
  if (secondary_button("Demo shop: 50k order lines")) action = StartAction::kDemoSmall;
  ImGui::SameLine();
  if (secondary_button("Demo shop: 1M order lines")) action = StartAction::kDemoLarge;
  ImGui::Dummy(ImVec2(0, 0.6f * e));

  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  text_wrapped(
      "Supported: CSV in UTF-8, UTF-16 or Windows-1252, comma, semicolon, tab or pipe separated; "
      "UCI Online Retail (I and II), Shopify orders, Olist's multi-file dataset, WooCommerce and "
      "hand-made order lists. Columns are recognised by name and content; you can correct the mapping.",
      width);
  ImGui::Dummy(ImVec2(0, 0.3f * e));
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, t.positive);
  text_wrapped("Your data never leaves this computer: everything runs in this browser tab, nothing is uploaded.", width);
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  return action;
}

}  // namespace starcart
