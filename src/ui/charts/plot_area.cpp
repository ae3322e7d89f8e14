#include "ui/charts/plot_area.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/ticks.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace starcart::charts {

int PlotArea::category_at(float x) const {
  if (categories <= 0 || x < min.x || x >= max.x) return -1;
  int i = static_cast<int>((x - min.x) / band());
  return std::clamp(i, 0, categories - 1);
}

PlotArea layout_value_plot(const Canvas& c, double lo, double hi, int categories, Formatter fmt) {
  const Theme& t = theme();
  const float e = em();
  ImFont* font = fonts().small ? fonts().small : ImGui::GetFont();
  const float font_px = font->FontSize * ImGui::GetIO().FontGlobalScale;
  PlotArea a;
  a.categories = categories;
  const float top = c.min.y + 0.6f * e;
  const float bottom = c.max.y - 1.6f * e;  // room for category labels
  Ticks ticks = nice_ticks(lo, hi, bottom - top, 2.2f * e, true);
  // The widest label decides the left margin.
  float label_w = 0;
  std::vector<std::string> labels;
  for (double v : ticks.values) {
    labels.push_back(fmt(v));
    label_w = std::max(label_w, font->CalcTextSizeA(font_px, 1e9f, 0, labels.back().c_str()).x);
  }
  a.min = ImVec2(c.min.x + label_w + 0.6f * e, top);
  a.max = ImVec2(c.max.x - 0.3f * e, bottom);
  a.y.lo = ticks.lo;
  a.y.hi = ticks.hi;
  a.y.p0 = a.max.y;
  a.y.p1 = a.min.y;
  for (size_t k = 0; k < ticks.values.size(); ++k) {
    float y = std::round(static_cast<float>(a.y.to_pixel(ticks.values[k])));
    c.draw->AddLine(ImVec2(a.min.x, y), ImVec2(a.max.x, y), ticks.values[k] == 0 ? t.axis : t.grid, 1.0f);
    ImVec2 size = font->CalcTextSizeA(font_px, 1e9f, 0, labels[k].c_str());
    c.draw->AddText(font, font_px, ImVec2(a.min.x - 0.4f * e - size.x, y - size.y * 0.5f), t.text_muted,
                    labels[k].c_str());
  }
  return a;
}

void draw_category_labels(const Canvas& c, const PlotArea& a, const std::vector<std::string>& labels) {
  if (labels.empty()) return;
  const float e = em();
  ImFont* font = fonts().small ? fonts().small : ImGui::GetFont();
  const float font_px = font->FontSize * ImGui::GetIO().FontGlobalScale;
  float widest = 0;
  for (const std::string& l : labels) widest = std::max(widest, font->CalcTextSizeA(font_px, 1e9f, 0, l.c_str()).x);
  // Show every k-th label so that labels keep half an em apart.
  int every = std::max(1, static_cast<int>(std::ceil((widest + 0.5f * e) / std::max(1.0f, a.band()))));
  for (int i = 0; i < static_cast<int>(labels.size()); i += every) {
    ImVec2 size = font->CalcTextSizeA(font_px, 1e9f, 0, labels[static_cast<size_t>(i)].c_str());
    float x = a.band_center(i) - size.x * 0.5f;
    c.draw->AddText(font, font_px, ImVec2(x, a.max.y + 0.35f * e), theme().text_muted,
                    labels[static_cast<size_t>(i)].c_str());
  }
}

}  // namespace starcart::charts
