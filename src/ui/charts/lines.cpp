#include "ui/charts/lines.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/dash_pattern.h"
#include "ui/charts/hit_test.h"
#include "ui/theme.h"

namespace starcart::charts {

namespace {

// A soft fill under a run of points, fading towards the floor: two
// triangles per segment, written straight into the draw list. The opacity
// follows the height in the plot (not the line), so neighbouring segments
// blend without vertical streaks.
void fill_area(ImDrawList* dl, const std::vector<ImVec2>& pts, float floor_px, float top_px, bool horizontal,
               Rgba color) {
  if (pts.size() < 2) return;
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  const float span = std::fabs(floor_px - top_px) > 1 ? floor_px - top_px : 1;
  auto shade = [&](const ImVec2& q) {
    const float t = std::clamp(((horizontal ? q.x : q.y) - top_px) / span, 0.0f, 1.0f);  // 0 at the top
    return with_alpha(color, static_cast<uint8_t>(75 - 65 * t));
  };
  const int segments = static_cast<int>(pts.size()) - 1;
  dl->PrimReserve(segments * 6, segments * 4);
  for (int i = 0; i < segments; ++i) {
    const ImVec2 a = pts[static_cast<size_t>(i)], b = pts[static_cast<size_t>(i) + 1];
    const ImVec2 a0 = horizontal ? ImVec2(floor_px, a.y) : ImVec2(a.x, floor_px);
    const ImVec2 b0 = horizontal ? ImVec2(floor_px, b.y) : ImVec2(b.x, floor_px);
    const auto idx = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    dl->PrimWriteVtx(a, uv, shade(a));
    dl->PrimWriteVtx(b, uv, shade(b));
    dl->PrimWriteVtx(b0, uv, shade(b0));
    dl->PrimWriteVtx(a0, uv, shade(a0));
    dl->PrimWriteIdx(idx);
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(idx + 1));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(idx + 2));
    dl->PrimWriteIdx(idx);
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(idx + 2));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(idx + 3));
  }
}

void dashed_polyline(ImDrawList* dl, const std::vector<ImVec2>& pts, Rgba col, float width, float dash) {
  for (const DashSpan& d : dash_spans(pts, dash)) dl->AddLine(d.a, d.b, col, width);
}

}  // namespace

ChartHit plot_lines(const Plot& p, const std::vector<LineSeries>& series, const LineOptions& o) {
  ChartHit hit;
  if (series.empty()) return hit;
  const float e = em();
  const float width = std::max(1.5f, 0.13f * e);
  ImDrawList* dl = p.canvas.draw;
  const bool selection = std::isfinite(o.highlight_from);
  for (size_t k = 0; k < series.size(); ++k) {
    const LineSeries& s = series[k];
    const Rgba col = s.color ? s.color : series_color(static_cast<int>(k));
    const Axis& ya = s.right_axis && p.has_y2 ? p.y2 : p.y;
    const float floor_px = static_cast<float>(ya.to_pixel(ya.log ? ya.lo : std::clamp(0.0, ya.lo, ya.hi)));
    // Runs of finite points (NaN breaks the line), split where the selection starts and ends.
    std::vector<ImVec2> run;
    bool run_in = true;
    auto flush = [&]() {
      const Rgba c = run_in ? col : dimmed(col);
      if (s.area) fill_area(dl, run, floor_px, p.horizontal ? p.max.x : p.min.y, p.horizontal, c);
      if (s.dashed) dashed_polyline(dl, run, c, width, 0.35f * e);
      else if (run.size() > 1) dl->AddPolyline(run.data(), static_cast<int>(run.size()), c, ImDrawFlags_None, width);
      if (s.markers || run.size() == 1)
        for (const ImVec2& q : run) dl->AddCircleFilled(q, width * 1.4f, c);
      run.clear();
    };
    const size_t n = std::min(s.x.size(), s.y.size());
    for (size_t i = 0; i < n; ++i) {
      const double yv = s.y[i];
      if (!std::isfinite(yv) || (ya.log && yv <= 0)) {
        flush();
        continue;
      }
      const bool in = !selection || (s.x[i] >= o.highlight_from && s.x[i] <= o.highlight_to);
      const ImVec2 q = p.point(s.x[i], yv, s.right_axis);
      if (!run.empty() && in != run_in) {
        // The segment into a new state belongs to both runs.
        const ImVec2 last = run.back();
        flush();
        run.push_back(last);
      }
      run_in = in;
      run.push_back(q);
    }
    flush();
  }

  // Crosshair: the nearest x of the first series, points of every series there.
  if (!p.mouse_inside() || series[0].x.empty()) return hit;
  const int i = nearest_sorted(series[0].x, p.x_at(p.canvas.mouse));
  hit.hovered = i;
  const ImVec2 at = p.point(series[0].x[static_cast<size_t>(i)], p.y.lo);
  if (o.crosshair) {
    if (!p.horizontal) dl->AddLine(ImVec2(snap(at.x), p.min.y), ImVec2(snap(at.x), p.max.y), theme().axis, 1.0f);
    else dl->AddLine(ImVec2(p.min.x, snap(at.y)), ImVec2(p.max.x, snap(at.y)), theme().axis, 1.0f);
  }
  float best = INFINITY;
  for (size_t k = 0; k < series.size(); ++k) {
    const LineSeries& s = series[k];
    if (static_cast<size_t>(i) >= s.y.size() || !std::isfinite(s.y[static_cast<size_t>(i)])) continue;
    const ImVec2 q = p.point(s.x[static_cast<size_t>(i)], s.y[static_cast<size_t>(i)], s.right_axis);
    const Rgba col = s.color ? s.color : series_color(static_cast<int>(k));
    dl->AddCircleFilled(q, width * 2.2f, theme().surface);
    dl->AddCircleFilled(q, width * 1.5f, col);
    const float d = std::fabs(p.horizontal ? q.x - p.canvas.mouse.x : q.y - p.canvas.mouse.y);
    if (d < best) {
      best = d;
      hit.series = static_cast<int>(k);
    }
  }
  return finish_hit(p.canvas, hit);
}

}  // namespace starcart::charts
