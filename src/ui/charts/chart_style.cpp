#include "ui/charts/chart_style.h"

#include "ui/charts/canvas.h"
#include "ui/fonts.h"
#include "ui/text_wrap.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart::charts {

ChartHit finish_hit(const Canvas& c, ChartHit hit) {
  if (c.clicked) {
    hit.clicked = hit.hovered;
    hit.clicked_series = hit.series;
  }
  probe_chart(c.id, hit.hovered, hit.clicked);
  return hit;
}

Rgba series_color(int k) {
  if (k == 0) return theme().accent;
  // The dark theme's accent is Okabe-Ito's sky blue (4): give its place to the blue.
  if (theme().dark && k % kCategoryColors == 4) return category_color(0);
  return category_color(k);
}

Rgba dimmed(Rgba c) {
  // Towards the surface colour, so dimmed bars still read as bars in both themes.
  return mix(c, theme().surface, 0.6);
}

ImFont* label_font() { return fonts().small ? fonts().small : ImGui::GetFont(); }

float label_px() { return label_font()->FontSize * ImGui::GetIO().FontGlobalScale; }

ImVec2 label_size(const std::string& text) {
  return label_font()->CalcTextSizeA(label_px(), 1e9f, 0, text.c_str(), text.c_str() + text.size());
}

void draw_label(ImDrawList* dl, ImVec2 pos, Rgba color, const std::string& text) {
  dl->AddText(label_font(), label_px(), ImVec2(snap(pos.x), snap(pos.y)), color, text.c_str(), text.c_str() + text.size());
}

std::string fit_label(const std::string& text, float width) {
  return fit_to_width(text, width, [](std::string_view s) { return label_size(std::string(s)).x; });
}

}  // namespace starcart::charts
