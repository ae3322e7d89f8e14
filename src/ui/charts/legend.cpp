#include "ui/charts/legend.h"

#include <algorithm>

#include "ui/charts/canvas.h"
#include "ui/charts/label_placement.h"
#include "ui/charts/ticks.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart::charts {

namespace {

std::vector<float> label_widths(const std::vector<LegendEntry>& entries) {
  std::vector<float> w;
  for (const LegendEntry& en : entries) w.push_back(label_size(en.label).x);
  return w;
}

}  // namespace

LegendMetrics legend_metrics() {
  const float e = em();
  LegendMetrics m;
  m.swatch = 0.7f * e;
  m.swatch_gap = 0.4f * e;
  m.entry_gap = 1.1f * e;
  m.row_height = label_px() * 1.45f;
  return m;
}

float legend_height(const std::vector<LegendEntry>& entries, float width) {
  return layout_legend(label_widths(entries), width, legend_metrics()).height;
}

int draw_legend(ImDrawList* dl, ImVec2 pos, float width, const std::vector<LegendEntry>& entries, ImVec2 mouse) {
  const LegendMetrics m = legend_metrics();
  const LegendLayout l = layout_legend(label_widths(entries), width, m);
  const Theme& t = theme();
  const int hovered = legend_hit(l, m, mouse.x - pos.x, mouse.y - pos.y);
  for (size_t i = 0; i < entries.size(); ++i) {
    const LegendEntry& en = entries[i];
    const float x = snap(pos.x + l.x[i]), y = snap(pos.y + l.y[i]);
    const float sy = snap(y + (m.row_height - m.swatch) * 0.5f);
    const Rgba col = en.color ? en.color : series_color(static_cast<int>(i));
    dl->AddRectFilled(ImVec2(x, sy), ImVec2(x + m.swatch, sy + m.swatch), en.dimmed ? dimmed(col) : col, 0.15f * em());
    const bool hot = static_cast<int>(i) == hovered;
    draw_label(dl, ImVec2(x + m.swatch + m.swatch_gap, y + (m.row_height - label_px()) * 0.5f),
               en.dimmed ? t.text_muted : hot ? t.accent : t.text, en.label);
  }
  return hovered;
}

ChartHit legend(const char* id, const std::vector<LegendEntry>& entries, float width) {
  ChartHit hit;
  const float h = std::max(1.0f, legend_height(entries, width));
  Canvas c = begin_canvas(id, ImVec2(width, h));
  const int i = draw_legend(c.draw, c.min, width, entries, c.mouse);
  if (c.hovered) {
    hit.hovered = i;
    if (i >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  hit = finish_hit(c, hit);
  end_canvas(c);
  return hit;
}

float color_legend_height(bool with_title) {
  const float e = em();
  return (with_title ? label_px() + 0.25f * e : 0) + 0.6f * e + 0.25f * e + label_px();
}

float draw_color_legend(ImDrawList* dl, ImVec2 pos, float width, const ColorScale& scale, const ValueFormat& format,
                        const std::string& title, const char* probe_key) {
  const Theme& t = theme();
  const float e = em();
  float y = pos.y;
  if (!title.empty()) {
    draw_label(dl, pos, t.text_muted, title);
    y += label_px() + 0.25f * e;
  }
  const float bar_h = 0.6f * e;
  const float x0 = snap(pos.x), x1 = snap(pos.x + width);
  // The gradient in steps of a few pixels, each a linear blend.
  const int steps = std::max(2, static_cast<int>(width / 6));
  for (int k = 0; k < steps; ++k) {
    const float a = x0 + (x1 - x0) * k / steps, b = x0 + (x1 - x0) * (k + 1) / steps;
    const Rgba ca = scale.color_at(static_cast<double>(k) / steps), cb = scale.color_at(static_cast<double>(k + 1) / steps);
    dl->AddRectFilledMultiColor(ImVec2(a, snap(y)), ImVec2(b + (k + 1 < steps ? 0.5f : 0), snap(y + bar_h)), ca, cb, cb, ca);
  }
  // Ticks: nice values over the scale's range, placed through its position(),
  // as close as labels as wide as the range's ends allow.
  const float spacing =
      std::max(3.0f * e, std::max(label_size(format(scale.lo)).x, label_size(format(scale.hi)).x) + 1.5f * e);
  Ticks ticks = scale.log ? log_ticks(scale.lo, scale.hi, width, spacing, false)
                          : nice_ticks(scale.lo, scale.hi, width, spacing, false);
  std::vector<double> values;
  for (double v : ticks.values) {
    const double pos_t = scale.position(v);
    if (pos_t >= 0 && pos_t <= 1) values.push_back(v);
  }
  // One tick does not say which way the scale runs: with fewer than two
  // inside (a range within a decade), the ends are labelled too.
  if (values.size() < 2 && scale.hi > scale.lo) {
    if (values.empty() || values.front() > scale.lo) values.insert(values.begin(), scale.lo);
    if (values.back() < scale.hi) values.push_back(scale.hi);
  }
  std::vector<std::string> labels;
  std::vector<float> centers, widths;
  for (double v : values) {
    labels.push_back(format(v));
    centers.push_back(snap(x0 + static_cast<float>(scale.position(v)) * (x1 - x0)));
    widths.push_back(label_size(labels.back()).x);
  }
  // Labels that would touch are left out (their tick stays).
  const float ty = snap(y + bar_h);
  for (float x : centers) dl->AddLine(ImVec2(x, ty), ImVec2(x, ty + 0.25f * e), t.axis, 1.0f);
  std::string drawn;
  int k = 0;
  for (const PlacedLabel& l : place_axis_labels(centers, widths, x0 - 0.3f * e, x1 + 0.3f * e, 0.6f * e)) {
    const std::string& label = labels[static_cast<size_t>(l.index)];
    const ImVec2 at(l.left, ty + 0.25f * e);
    draw_label(dl, at, t.text_muted, label);
    if (UiProbe* probe = probe_key ? current_probe() : nullptr) {
      const ImVec2 s = label_size(label);
      probe->item(std::string(probe_key) + ".tick" + std::to_string(k++), at, ImVec2(at.x + s.x, at.y + s.y));
      drawn += (drawn.empty() ? "" : "\n") + label;
    }
  }
  if (UiProbe* probe = probe_key ? current_probe() : nullptr) probe->text(probe_key, drawn);
  return ty + 0.25f * e + label_px() - pos.y;
}

void color_legend(const char* id, const ColorScale& scale, const ValueFormat& format, float width,
                  const std::string& title) {
  Canvas c = begin_canvas(id, ImVec2(width, color_legend_height(!title.empty())));
  draw_color_legend(c.draw, ImVec2(c.min.x + 0.5f * em(), c.min.y), width - em(), scale, format, title);
  end_canvas(c);
}

}  // namespace starcart::charts
