#include "ui/charts/sparkline.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/hit_test.h"
#include "ui/charts/lines.h"
#include "ui/charts/tooltip.h"
#include "ui/theme.h"

namespace starcart::charts {

namespace {

// A bare plot (no axes, no labels) over the rectangle, so the sparkline
// draws through the same line renderer as full charts.
Plot bare_plot(ImDrawList* dl, ImVec2 min, ImVec2 max, const SparklineSpec& s) {
  double lo = INFINITY, hi = -INFINITY;
  for (double v : s.values)
    if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (!(hi >= lo)) lo = 0, hi = 1;
  if (hi == lo) lo -= 1, hi += 1;
  const float pad = std::max(2.0f, 0.18f * em());
  Plot p;
  p.canvas.draw = dl;
  p.canvas.min = min;
  p.canvas.max = max;
  p.min = ImVec2(min.x + pad, min.y + pad);
  p.max = ImVec2(max.x - pad, max.y - pad);
  p.x.lo = 0;
  p.x.hi = std::max<double>(1, static_cast<double>(s.values.size()) - 1);
  p.x.p0 = p.min.x;
  p.x.p1 = p.max.x;
  p.y.lo = lo - (hi - lo) * 0.08;  // the area keeps a sliver under the minimum
  p.y.hi = hi;
  p.y.p0 = p.max.y;
  p.y.p1 = p.min.y;
  return p;
}

}  // namespace

void draw_sparkline(ImDrawList* dl, ImVec2 min, ImVec2 max, const SparklineSpec& s, int hovered) {
  if (s.values.empty()) return;
  Plot p = bare_plot(dl, min, max, s);
  LineSeries line;
  line.y = s.values;
  for (size_t i = 0; i < s.values.size(); ++i) line.x.push_back(static_cast<double>(i));
  line.color = s.color ? s.color : theme().accent;
  line.area = s.area;
  LineOptions o;
  o.crosshair = false;
  if (s.highlight_from >= 0) {
    o.highlight_from = s.highlight_from;
    o.highlight_to = s.highlight_to;
  }
  p.canvas.hovered = false;  // no hover inside plot_lines: the widget does it
  dl->PushClipRect(min, max, true);
  plot_lines(p, {line}, o);
  // The last value, marked.
  const size_t last = s.values.size() - 1;
  if (std::isfinite(s.values[last])) dl->AddCircleFilled(p.point(static_cast<double>(last), s.values[last]), 0.17f * em(), line.color);
  if (hovered >= 0 && static_cast<size_t>(hovered) < s.values.size() && std::isfinite(s.values[static_cast<size_t>(hovered)])) {
    const ImVec2 q = p.point(hovered, s.values[static_cast<size_t>(hovered)]);
    dl->AddLine(ImVec2(snap(q.x), min.y), ImVec2(snap(q.x), max.y), theme().axis, 1.0f);
    dl->AddCircleFilled(q, 0.22f * em(), line.color);
  }
  dl->PopClipRect();
}

ChartHit sparkline(const char* id, ImVec2 size, const SparklineSpec& s) {
  ChartHit hit;
  const ChartStatus status = status_or_empty(s.status, s.values.empty());
  if (status == ChartStatus::kLoading || status == ChartStatus::kEmpty) {
    // Too small for the full placeholder: a flat muted line says "nothing yet".
    Canvas c = begin_canvas(id, size);
    const float y = snap((c.min.y + c.max.y) * 0.5f);
    c.draw->AddLine(ImVec2(c.min.x, y), ImVec2(c.max.x, y), theme().grid, 1.0f);
    end_canvas(c);
    return hit;
  }
  Canvas c = begin_canvas(id, size);
  if (c.hovered && s.values.size() > 1) {
    const float pad = std::max(2.0f, 0.18f * em());
    const double t = (c.mouse.x - c.min.x - pad) / std::max(1.0f, c.width() - 2 * pad) * (s.values.size() - 1);
    hit.hovered = std::clamp(static_cast<int>(std::lround(t)), 0, static_cast<int>(s.values.size()) - 1);
  } else if (c.hovered) {
    hit.hovered = 0;
  }
  draw_sparkline(c.draw, c.min, c.max, s, hit.hovered);
  end_canvas(c);
  hit = finish_hit(c, hit);
  if (hit.hovered >= 0 && !s.labels.empty() && static_cast<size_t>(hit.hovered) < s.labels.size())
    chart_tooltip(s.labels[static_cast<size_t>(hit.hovered)], {{"Value", s.format(s.values[static_cast<size_t>(hit.hovered)])}});
  return hit;
}

}  // namespace starcart::charts
