#include "ui/charts/heatmap.h"

#include <algorithm>

#include "ui/charts/legend.h"
#include "ui/charts/tooltip.h"
#include "ui/theme.h"

namespace starcart::charts {

ColorScale fit_color_scale(const std::vector<double>& values, bool log) {
  ColorScale s;
  s.log = log;
  bool any = false;
  for (double v : values) {
    if (!std::isfinite(v) || (log && v <= 0)) continue;
    if (!any) s.lo = s.hi = v;
    s.lo = std::min(s.lo, v);
    s.hi = std::max(s.hi, v);
    any = true;
  }
  return s;
}

ChartHit heatmap(const char* id, ImVec2 size, const HeatmapSpec& spec) {
  ChartHit hit;
  const bool empty = spec.rows <= 0 || spec.cols <= 0 ||
                     spec.values.size() < static_cast<size_t>(spec.rows) * static_cast<size_t>(spec.cols);
  const ChartStatus status = status_or_empty(spec.status, empty);
  if (chart_placeholder(id, size, status, spec.empty_text)) return hit;
  const Theme& t = theme();
  const float e = em();
  const float lh = label_px();
  Canvas c = begin_canvas(id, size);
  ImDrawList* dl = c.draw;

  float row_w = 0;
  for (const std::string& l : spec.row_labels) row_w = std::max(row_w, label_size(l).x);
  row_w = std::min(row_w, c.width() * 0.3f);
  const float legend_h = spec.legend ? color_legend_height(!spec.legend_title.empty()) + 0.6f * e : 0;
  const ImVec2 grid_min(snap(c.min.x + row_w + 0.6f * e), snap(c.min.y + lh + 0.4f * e));
  const ImVec2 grid_max(snap(c.max.x - 0.2f * e), snap(std::max(grid_min.y + 1, c.max.y - legend_h)));
  const float cw = (grid_max.x - grid_min.x) / spec.cols, ch = (grid_max.y - grid_min.y) / spec.rows;
  const float gap = cw > 6 && ch > 6 ? 1.0f : 0.0f;

  // Column labels, thinned to fit; row labels, thinned to the row height.
  float col_w = 0;
  for (const std::string& l : spec.col_labels) col_w = std::max(col_w, label_size(l).x);
  const int col_every = std::max(1, static_cast<int>(std::ceil((col_w + 0.5f * e) / std::max(1.0f, cw))));
  for (int j = 0; j < spec.cols && j < static_cast<int>(spec.col_labels.size()); j += col_every) {
    const ImVec2 s = label_size(spec.col_labels[static_cast<size_t>(j)]);
    draw_label(dl, ImVec2(grid_min.x + cw * (j + 0.5f) - s.x * 0.5f, c.min.y), t.text_muted,
               spec.col_labels[static_cast<size_t>(j)]);
  }
  const int row_every = std::max(1, static_cast<int>(std::ceil(lh * 1.05f / std::max(1.0f, ch))));
  for (int i = 0; i < spec.rows && i < static_cast<int>(spec.row_labels.size()); i += row_every) {
    const std::string l = fit_label(spec.row_labels[static_cast<size_t>(i)], row_w);
    const ImVec2 s = label_size(l);
    draw_label(dl, ImVec2(grid_min.x - 0.6f * e - s.x, grid_min.y + ch * (i + 0.5f) - s.y * 0.5f), t.text_muted, l);
  }

  ColorScale scale = spec.scale;
  if (scale.lo == 0 && scale.hi == 1 && !scale.log) {
    const ColorScale fit = fit_color_scale(spec.values);
    scale.lo = fit.lo;
    scale.hi = fit.hi;
  }
  // Hover: the cell under the mouse, through the same grid arithmetic.
  int hovered = -1;
  if (c.hovered && c.mouse.x >= grid_min.x && c.mouse.x < grid_max.x && c.mouse.y >= grid_min.y && c.mouse.y < grid_max.y) {
    const int j = std::min(spec.cols - 1, static_cast<int>((c.mouse.x - grid_min.x) / cw));
    const int i = std::min(spec.rows - 1, static_cast<int>((c.mouse.y - grid_min.y) / ch));
    if (std::isfinite(spec.values[static_cast<size_t>(i * spec.cols + j)])) hovered = i * spec.cols + j;
  }
  for (int i = 0; i < spec.rows; ++i)
    for (int j = 0; j < spec.cols; ++j) {
      const double v = spec.values[static_cast<size_t>(i * spec.cols + j)];
      if (!std::isfinite(v)) continue;
      const ImVec2 a(snap(grid_min.x + cw * j), snap(grid_min.y + ch * i));
      const ImVec2 b(snap(grid_min.x + cw * (j + 1)) - gap, snap(grid_min.y + ch * (i + 1)) - gap);
      const Rgba fill = scale.color(v);
      dl->AddRectFilled(a, b, fill);
      if (spec.cell_labels) {
        const std::string label = spec.format(v);
        const ImVec2 s = label_size(label);
        if (label_fits(s.x, s.y, b.x - a.x, b.y - a.y, 0.2f * e))
          draw_label(dl, ImVec2((a.x + b.x - s.x) * 0.5f, (a.y + b.y - s.y) * 0.5f), text_color_on(fill), label);
      }
    }
  auto outline = [&](int cell, Rgba col, float thick) {
    const int i = cell / spec.cols, j = cell % spec.cols;
    dl->AddRect(ImVec2(snap(grid_min.x + cw * j), snap(grid_min.y + ch * i)),
                ImVec2(snap(grid_min.x + cw * (j + 1)) - gap, snap(grid_min.y + ch * (i + 1)) - gap), col, 0, 0, thick);
  };
  if (spec.selected >= 0 && spec.selected < spec.rows * spec.cols) outline(spec.selected, t.accent, 2.0f);
  if (hovered >= 0) outline(hovered, t.text, 1.5f);
  if (spec.legend)
    draw_color_legend(dl, ImVec2(grid_min.x, grid_max.y + 0.6f * e), std::min(grid_max.x - grid_min.x, 18 * e), scale,
                      spec.format, spec.legend_title);
  end_canvas(c);

  hit.hovered = hovered;
  hit = finish_hit(c, hit);
  if (hovered >= 0 && spec.tooltip) {
    const int i = hovered / spec.cols, j = hovered % spec.cols;
    const std::string row = i < static_cast<int>(spec.row_labels.size()) ? spec.row_labels[static_cast<size_t>(i)] : "";
    const std::string col = j < static_cast<int>(spec.col_labels.size()) ? spec.col_labels[static_cast<size_t>(j)] : "";
    const std::string title = (spec.row_title.empty() ? "" : spec.row_title + " ") + row + " \xC2\xB7 " +
                              (spec.col_title.empty() ? "" : spec.col_title + " ") + col;
    chart_tooltip(title, {{spec.legend_title.empty() ? "Value" : spec.legend_title,
                                               spec.format(spec.values[static_cast<size_t>(hovered)]),
                                               scale.color(spec.values[static_cast<size_t>(hovered)])}});
  }
  return hit;
}

}  // namespace starcart::charts
