#include "ui/charts/donut.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/donut_math.h"
#include "ui/charts/legend.h"
#include "ui/charts/tooltip.h"
#include "ui/theme.h"

namespace starcart::charts {

namespace {

// One triangle strip between the inner and outer arc, written without
// anti-aliasing (separately anti-aliased quads would show seams), then the
// two arcs stroked thinly in the same colour to smooth the edges.
void fill_ring_segment(ImDrawList* dl, ImVec2 c, float r0, float r1, double a0, double a1, Rgba col) {
  const int n = arc_segments(a1 - a0, r1);
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  auto at = [&](float r, double a) {
    return ImVec2(c.x + r * static_cast<float>(std::cos(a)), c.y + r * static_cast<float>(std::sin(a)));
  };
  dl->PrimReserve(n * 6, (n + 1) * 2);
  const auto base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
  for (int k = 0; k <= n; ++k) {
    const double a = a0 + (a1 - a0) * k / n;
    dl->PrimWriteVtx(at(r0, a), uv, col);
    dl->PrimWriteVtx(at(r1, a), uv, col);
  }
  for (int k = 0; k < n; ++k) {
    const auto i = static_cast<ImDrawIdx>(base + 2 * k);
    dl->PrimWriteIdx(i);
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(i + 1));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(i + 3));
    dl->PrimWriteIdx(i);
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(i + 3));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(i + 2));
  }
  dl->PathArcTo(c, r1, static_cast<float>(a0), static_cast<float>(a1), n);
  dl->PathStroke(col, 0, 1.0f);
  if (r0 > 0.5f) {
    dl->PathArcTo(c, r0, static_cast<float>(a0), static_cast<float>(a1), n);
    dl->PathStroke(col, 0, 1.0f);
  }
}

}  // namespace

ChartHit donut(const char* id, ImVec2 size, const DonutSpec& spec) {
  ChartHit hit;
  double total = 0;
  for (double v : spec.values)
    if (std::isfinite(v) && v > 0) total += v;
  const ChartStatus status = status_or_empty(spec.status, !(total > 0));
  if (chart_placeholder(id, size, status, spec.empty_text)) return hit;
  const Theme& t = theme();
  const float e = em();
  Canvas c = begin_canvas(id, size);
  ImDrawList* dl = c.draw;
  const int n = static_cast<int>(spec.values.size());
  std::vector<LegendEntry> entries;
  for (int i = 0; i < n; ++i) {
    const double v = spec.values[static_cast<size_t>(i)];
    const Rgba col = i < static_cast<int>(spec.colors.size()) ? spec.colors[static_cast<size_t>(i)] : series_color(i);
    const std::string label = (i < static_cast<int>(spec.labels.size()) ? spec.labels[static_cast<size_t>(i)] : "") +
                              "  " + format_percent(v > 0 ? v / total : 0, 1);
    entries.push_back({label, col, spec.selected >= 0 && spec.selected != i});
  }
  // Legend beside the donut when the canvas is wide, below it otherwise.
  const bool side = c.width() >= c.height() * 1.5f;
  float legend_w = side ? std::min(c.width() * 0.5f, 16 * e) : c.width();
  float legend_h = spec.legend ? legend_height(entries, legend_w) : 0;
  float d = side ? std::min(c.height(), c.width() - legend_w - e) : std::min(c.width(), c.height() - legend_h - 0.6f * e);
  if (!spec.legend) d = std::min(c.width(), c.height());
  d = std::max(d, 2.0f);
  const float r1 = d * 0.5f - 0.3f * e, r0 = r1 * spec.inner;
  const ImVec2 center = side || !spec.legend ? ImVec2(c.min.x + d * 0.5f, c.min.y + c.height() * 0.5f)
                                             : ImVec2(c.min.x + c.width() * 0.5f, c.min.y + d * 0.5f);
  const std::vector<Slice> slices = donut_slices(spec.values);
  int hovered = c.hovered ? donut_hit(slices, c.mouse.x - center.x, c.mouse.y - center.y, r0, r1 + 0.3f * e) : -1;
  const ImVec2 legend_pos = side ? ImVec2(c.min.x + d + e, c.min.y + (c.height() - legend_h) * 0.5f)
                                 : ImVec2(c.min.x, c.min.y + d + 0.6f * e);
  if (spec.legend) {
    const int lh = draw_legend(dl, legend_pos, legend_w, entries, c.hovered ? c.mouse : ImVec2(-1e9f, -1e9f));
    if (lh >= 0) hovered = lh;
  }
  for (int i = 0; i < n; ++i) {
    const Slice& s = slices[static_cast<size_t>(i)];
    if (s.a1 <= s.a0) continue;
    const float grow = i == hovered ? 0.25f * e : 0;
    const Rgba col = entries[static_cast<size_t>(i)].dimmed ? dimmed(entries[static_cast<size_t>(i)].color)
                                                            : entries[static_cast<size_t>(i)].color;
    fill_ring_segment(dl, center, r0, r1 + grow, s.a0, s.a1, col);
  }
  // Thin separators in the surface colour between slices.
  if (n > 1)
    for (const Slice& s : slices) {
      if (s.a1 <= s.a0) continue;
      const float ca = static_cast<float>(std::cos(s.a0)), sa = static_cast<float>(std::sin(s.a0));
      dl->AddLine(ImVec2(center.x + r0 * ca, center.y + r0 * sa),
                  ImVec2(center.x + (r1 + 0.3f * e) * ca, center.y + (r1 + 0.3f * e) * sa), t.surface, 1.5f);
    }
  if (r0 > 2 * e) {
    const ImVec2 ts = label_size(spec.center_title);
    ImFont* big = ImGui::GetFont();
    const float big_px = ImGui::GetFontSize();
    const ImVec2 vs = big->CalcTextSizeA(big_px, 1e9f, 0, spec.center_value.c_str());
    const float top = center.y - (ts.y + vs.y) * 0.5f;
    draw_label(dl, ImVec2(center.x - ts.x * 0.5f, top), t.text_muted, spec.center_title);
    dl->AddText(big, big_px, ImVec2(snap(center.x - vs.x * 0.5f), snap(top + ts.y)), t.text, spec.center_value.c_str());
  }
  end_canvas(c);
  hit.hovered = hovered;
  hit = finish_hit(c, hit);
  if (hovered >= 0 && c.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (hovered >= 0 && spec.tooltip) {
    const double v = spec.values[static_cast<size_t>(hovered)];
    chart_tooltip(hovered < static_cast<int>(spec.labels.size()) ? spec.labels[static_cast<size_t>(hovered)] : "",
                  {{"Value", spec.format(v), entries[static_cast<size_t>(hovered)].color},
                   {"Share", format_percent(v > 0 ? v / total : 0, 1)}});
  }
  return hit;
}

}  // namespace starcart::charts
