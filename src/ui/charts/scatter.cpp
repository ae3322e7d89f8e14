#include "ui/charts/scatter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "ui/charts/hit_test.h"
#include "ui/theme.h"
#include "core/sort_rows.h"

namespace starcart::charts {

ChartHit plot_scatter(const Plot& p, const ScatterSeries& s) {
  ChartHit hit;
  const size_t n = std::min(s.x.size(), s.y.size());
  if (n == 0) return hit;
  const float e = em();
  const bool sized = s.size.size() >= n;
  std::vector<float> px, py, pr;
  std::vector<int> which;  // point index per drawn entry
  px.reserve(n);
  py.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i])) continue;
    if ((p.x.log && s.x[i] <= 0) || (p.y.log && s.y[i] <= 0)) continue;  // not on a log axis
    const ImVec2 q = p.point(s.x[i], s.y[i]);
    px.push_back(q.x);
    py.push_back(q.y);
    pr.push_back(sized ? s.size_scale.radius(s.size[i]) : s.radius_em * e);
    which.push_back(static_cast<int>(i));
  }
  // Draw order: largest first.
  std::vector<size_t> order(px.size());
  std::iota(order.begin(), order.end(), size_t{0});
  if (sized) sort_rows(order, [&](size_t a, size_t b) { return pr[a] > pr[b]; });
  ImDrawList* dl = p.canvas.draw;
  const Rgba outline = with_alpha(theme().surface, 200);
  for (size_t k : order) {
    const int i = which[k];
    const int g = s.group.empty() ? 0 : s.group[static_cast<size_t>(i)];
    Rgba col = !s.colors.empty() ? s.colors[static_cast<size_t>(g) % s.colors.size()] : series_color(g);
    if (s.selected_group >= 0 && g != s.selected_group) col = dimmed(col);
    dl->AddCircleFilled(ImVec2(px[k], py[k]), pr[k], with_alpha(col, s.alpha));
    if (pr[k] > 0.35f * e) dl->AddCircle(ImVec2(px[k], py[k]), pr[k], outline, 0, 1.0f);
  }
  // Hit test in draw order (the last drawn is on top).
  std::vector<float> ox, oy, orad;
  for (size_t k : order) {
    ox.push_back(px[k]);
    oy.push_back(py[k]);
    orad.push_back(pr[k]);
  }
  if (p.mouse_inside()) {
    const int h = hit_point(ox, oy, orad, 0, p.canvas.mouse.x, p.canvas.mouse.y, 0.2f * e);
    if (h >= 0) {
      const size_t k = order[static_cast<size_t>(h)];
      hit.hovered = which[k];
      hit.series = s.group.empty() ? 0 : s.group[static_cast<size_t>(hit.hovered)];
      dl->AddCircle(ImVec2(px[k], py[k]), pr[k] + 1.5f, theme().text, 0, 1.5f);
    }
  }
  if (s.selected >= 0)
    for (size_t k = 0; k < which.size(); ++k)
      if (which[k] == s.selected) dl->AddCircle(ImVec2(px[k], py[k]), pr[k] + 2.0f, theme().accent, 0, 2.0f);
  return finish_hit(p.canvas, hit);
}

}  // namespace starcart::charts
