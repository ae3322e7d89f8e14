#include "ui/charts/bars.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/bar_layout.h"
#include "ui/theme.h"

namespace starcart::charts {

namespace {

// A bar between values v0 and v1 over the x span [x0, x1] (band units),
// rounded at the end away from zero.
void draw_bar(const Plot& p, double x0, double x1, double v0, double v1, bool right, Rgba col, float rounding) {
  ImVec2 a = p.point(x0, v0, right), b = p.point(x1, v1, right);
  ImVec2 lo(std::min(a.x, b.x), std::min(a.y, b.y)), hi(std::max(a.x, b.x), std::max(a.y, b.y));
  lo = ImVec2(snap(lo.x), snap(lo.y));
  hi = ImVec2(snap(hi.x), snap(hi.y));
  // A tiny non-zero value still shows as a one-pixel bar.
  if (!p.horizontal) {
    if (hi.x - lo.x < 1) hi.x = lo.x + 1;
    if (hi.y - lo.y < 1 && v1 != v0) lo.y = hi.y - 1;
  } else {
    if (hi.y - lo.y < 1) hi.y = lo.y + 1;
    if (hi.x - lo.x < 1 && v1 != v0) hi.x = lo.x + 1;
  }
  ImDrawFlags corners;
  const bool up = v1 >= v0;
  if (p.horizontal) corners = up ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersLeft;
  else corners = up ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersBottom;
  const float r = std::min(rounding, std::min(hi.x - lo.x, hi.y - lo.y) * 0.3f);
  p.canvas.draw->AddRectFilled(lo, hi, col, r, corners);
}

}  // namespace

ChartHit plot_bars(const Plot& p, const std::vector<BarSeries>& series, const BarOptions& o) {
  ChartHit hit;
  const int n_series = static_cast<int>(series.size());
  if (n_series == 0 || p.categories <= 0) return hit;
  const float e = em();
  const int hovered = p.band_at(p.canvas.mouse);
  hit.hovered = hovered;
  ImDrawList* dl = p.canvas.draw;
  if (o.hover_band && hovered >= 0) {
    ImVec2 a = p.point(hovered, p.y.lo), b = p.point(hovered + 1, p.y.hi);
    dl->AddRectFilled(ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)), ImVec2(std::max(a.x, b.x), std::max(a.y, b.y)),
                      theme().accent_soft);
  }
  const double mouse_value = (o.right_axis && p.has_y2 ? p.y2 : p.y).to_value(p.horizontal ? p.canvas.mouse.x : p.canvas.mouse.y);
  const float rounding = 0.2f * e;
  const bool selection = o.highlight_from >= 0;
  auto color_of = [&](int k, int i) {
    Rgba c = series[static_cast<size_t>(k)].color ? series[static_cast<size_t>(k)].color : series_color(k);
    if (o.other_from >= 0 && i >= o.other_from) c = theme().other;
    return selection && (i < o.highlight_from || i > o.highlight_to) ? dimmed(c) : c;
  };
  const double base = p.y.log ? p.y.lo : 0.0;
  if (o.stacked) {
    std::vector<std::vector<double>> values;
    for (const BarSeries& s : series) values.push_back(s.values);
    Stack st = stack_series(values);
    const double x_in = o.gap * 0.5, x_out = 1 - o.gap * 0.5;
    for (int k = 0; k < n_series; ++k)
      for (int i = 0; i < p.categories && i < static_cast<int>(st.base[static_cast<size_t>(k)].size()); ++i) {
        const double v0 = st.base[static_cast<size_t>(k)][static_cast<size_t>(i)];
        const double v1 = st.top[static_cast<size_t>(k)][static_cast<size_t>(i)];
        if (v0 == v1) continue;
        draw_bar(p, i + x_in, i + x_out, v0, v1, o.right_axis, color_of(k, i), k == n_series - 1 ? rounding : 0);
        if (i == hovered && mouse_value >= std::min(v0, v1) && mouse_value <= std::max(v0, v1)) hit.series = k;
      }
  } else {
    for (int k = 0; k < n_series; ++k) {
      const Span slot = group_slot(1.0f, n_series, k, o.gap);
      const std::vector<double>& v = series[static_cast<size_t>(k)].values;
      for (int i = 0; i < p.categories && i < static_cast<int>(v.size()); ++i) {
        if (!std::isfinite(v[static_cast<size_t>(i)])) continue;
        draw_bar(p, i + slot.begin, i + slot.end, base, v[static_cast<size_t>(i)], o.right_axis, color_of(k, i),
                 rounding);
      }
      if (hovered >= 0 && n_series > 1) {
        const double xv = p.x_at(p.canvas.mouse) - hovered;
        if (xv >= slot.begin && xv < slot.end) hit.series = k;
      }
    }
    if (n_series == 1 && hovered >= 0) hit.series = 0;
  }
  return finish_hit(p.canvas, hit);
}

}  // namespace starcart::charts
