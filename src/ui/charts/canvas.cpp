#include "ui/charts/canvas.h"

#include <algorithm>

#include "ui/charts/chart_style.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart::charts {

Canvas begin_canvas(const char* id, ImVec2 size) {
  Canvas c;
  c.id = id;
  size.x = std::max(size.x, 1.0f);
  size.y = std::max(size.y, 1.0f);
  c.min = ImGui::GetCursorScreenPos();
  c.max = ImVec2(c.min.x + size.x, c.min.y + size.y);
  ImGui::InvisibleButton(id, size);
  c.hovered = ImGui::IsItemHovered();
  c.clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
  std::string key = id;
  key.erase(0, key.find_first_not_of('#'));
  probe_item("chart." + key);
  c.mouse = ImGui::GetIO().MousePos;
  c.draw = ImGui::GetWindowDrawList();
  c.draw->PushClipRect(c.min, c.max, true);
  return c;
}

void end_canvas(const Canvas& c) { c.draw->PopClipRect(); }

void draw_chart_state(const Canvas& c, ChartStatus status, const std::string& empty_text) {
  if (status == ChartStatus::kReady) return;
  const Theme& t = theme();
  const float e = em();
  ImDrawList* dl = c.draw;
  const ImVec2 mid((c.min.x + c.max.x) * 0.5f, (c.min.y + c.max.y) * 0.5f);
  if (status == ChartStatus::kLoading) {
    // A still skeleton of bars: it needs no animation, so an idle page stays idle.
    const int bars = 7;
    const float w = std::min(c.width() * 0.6f, 18 * e);
    const float h = std::min(c.height() * 0.45f, 6 * e);
    const float band = w / bars;
    const float heights[bars] = {0.45f, 0.7f, 0.55f, 0.9f, 0.65f, 0.8f, 0.5f};
    const float x0 = mid.x - w * 0.5f, base = mid.y + h * 0.35f;
    for (int i = 0; i < bars; ++i)
      dl->AddRectFilled(ImVec2(snap(x0 + band * i + band * 0.15f), snap(base - h * heights[i])),
                        ImVec2(snap(x0 + band * (i + 1) - band * 0.15f), snap(base)), t.grid, 0.15f * e);
    const std::string text = "Loading\xE2\x80\xA6";
    const ImVec2 s = label_size(text);
    draw_label(dl, ImVec2(mid.x - s.x * 0.5f, base + 0.5f * e), t.text_muted, text);
    return;
  }
  // Empty: an outlined empty frame with a flat line, and the reason.
  const float w = std::min(c.width() * 0.3f, 4.5f * e), h = std::min(c.height() * 0.3f, 3 * e);
  const ImVec2 a(snap(mid.x - w * 0.5f), snap(mid.y - h - 0.2f * e)), b(snap(mid.x + w * 0.5f), snap(mid.y - 0.2f * e));
  if (h > 0.8f * e) {
    dl->AddRect(a, b, t.axis, 0.25f * e, 0, 1.0f);
    dl->AddLine(ImVec2(a.x + 0.5f * e, b.y - 0.6f * e), ImVec2(b.x - 0.5f * e, b.y - 0.6f * e), t.axis, 1.0f);
  }
  const std::string text = fit_label(empty_text.empty() ? "No data" : empty_text, c.width() - e);
  const ImVec2 s = label_size(text);
  draw_label(dl, ImVec2(mid.x - s.x * 0.5f, h > 0.8f * e ? mid.y + 0.3f * e : mid.y - s.y * 0.5f), t.text_muted, text);
}

bool chart_placeholder(const char* id, ImVec2 size, ChartStatus status, const std::string& empty_text) {
  if (status == ChartStatus::kReady) return false;
  Canvas c = begin_canvas(id, size);
  draw_chart_state(c, status, empty_text);
  end_canvas(c);
  return true;
}

}  // namespace starcart::charts
