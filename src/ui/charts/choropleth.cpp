#include "ui/charts/choropleth.h"

#include <algorithm>

#include "ui/charts/heatmap.h"
#include "ui/charts/legend.h"
#include "ui/charts/tooltip.h"
#include "ui/theme.h"

namespace starcart::charts {

std::vector<double> values_by_numeric(const geo::WorldGeometry& world, const std::vector<int>& numeric,
                                      const std::vector<double>& values) {
  std::vector<double> out(world.countries.size(), std::nan(""));
  for (size_t k = 0; k < numeric.size() && k < values.size(); ++k) {
    const int i = world.find(numeric[k]);
    if (i >= 0) out[static_cast<size_t>(i)] = values[k];
  }
  return out;
}

ImVec2 MapTransform::to_screen(geo::Point p) const {
  return ImVec2(static_cast<float>(ox + (p.x - min.x) * scale), static_cast<float>(oy + (max.y - p.y) * scale));
}

geo::Point MapTransform::to_projected(ImVec2 s) const {
  return {(s.x - ox) / scale + min.x, max.y - (s.y - oy) / scale};
}

MapTransform fit_map(const geo::WorldGeometry& w, ImVec2 a, ImVec2 b) {
  MapTransform t;
  t.min = w.min;
  t.max = w.max;
  const double bw = std::max(1e-9, w.max.x - w.min.x), bh = std::max(1e-9, w.max.y - w.min.y);
  const double aw = std::max(1.0f, b.x - a.x), ah = std::max(1.0f, b.y - a.y);
  t.scale = std::min(aw / bw, ah / bh);
  t.ox = a.x + (aw - bw * t.scale) * 0.5;
  t.oy = a.y + (ah - bh * t.scale) * 0.5;
  return t;
}

ChartHit choropleth(const char* id, ImVec2 size, const ChoroplethSpec& spec) {
  ChartHit hit;
  const geo::WorldGeometry* w = spec.world;
  bool any = false;
  for (double v : spec.values) any = any || std::isfinite(v);
  // No geometry yet is a loading map; geometry without values an empty one.
  const ChartStatus status = (!w || w->countries.empty()) ? ChartStatus::kLoading : status_or_empty(spec.status, !any);
  if (chart_placeholder(id, size, status, spec.empty_text)) return hit;
  const Theme& t = theme();
  const float e = em();
  Canvas c = begin_canvas(id, size);
  ImDrawList* dl = c.draw;

  // Fit the projected bounds into the canvas (above the legend), keeping the aspect ratio.
  const float legend_h = spec.legend ? color_legend_height(true) + 0.4f * e : 0;
  const MapTransform tf = fit_map(*w, c.min, ImVec2(c.max.x, std::max(c.min.y + 1, c.max.y - legend_h)));
  auto to_screen = [&](double x, double y) { return tf.to_screen({x, y}); };

  ColorScale scale = spec.scale;
  if (scale.lo == 0 && scale.hi == 1 && !scale.log) {
    const ColorScale fit = fit_color_scale(spec.values);
    scale.lo = std::min(0.0, fit.lo);
    scale.hi = fit.hi;
  }
  int hovered = -1;
  if (c.hovered) hovered = w->at(tf.to_projected(c.mouse));

  // Fills: triangles written straight into the draw list.
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  for (size_t i = 0; i < w->countries.size(); ++i) {
    const geo::CountryShape& cs = w->countries[i];
    const double v = i < spec.values.size() ? spec.values[i] : std::nan("");
    Rgba fill = std::isfinite(v) ? scale.color(v) : t.surface_alt;
    if (static_cast<int>(i) == hovered) fill = mix(fill, t.text, 0.15);
    dl->PrimReserve(static_cast<int>(cs.indices.size()), static_cast<int>(cs.vertices.size()));
    const auto base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    for (const geo::Point& p : cs.vertices) dl->PrimWriteVtx(to_screen(p.x, p.y), uv, fill);
    for (uint32_t idx : cs.indices) dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + idx));
  }
  // Borders in the surface colour, then outlines for the selected and hovered countries.
  std::vector<ImVec2> pts;
  auto stroke = [&](const geo::CountryShape& cs, Rgba col, float width) {
    for (const std::vector<double>& ring : cs.rings) {
      pts.clear();
      for (size_t q = 0; q + 1 < ring.size(); q += 2) pts.push_back(to_screen(ring[q], ring[q + 1]));
      if (pts.size() > 2) dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), col, ImDrawFlags_Closed, width);
    }
  };
  for (const geo::CountryShape& cs : w->countries) stroke(cs, t.surface, 1.0f);
  if (spec.selected >= 0 && spec.selected < static_cast<int>(w->countries.size()))
    stroke(w->countries[static_cast<size_t>(spec.selected)], t.accent, 2.0f);
  if (hovered >= 0) stroke(w->countries[static_cast<size_t>(hovered)], t.text, 1.5f);
  if (spec.legend) {
    // Recorded as chart.<id>.legend (tests read its ticks).
    std::string key = id;
    key = "chart." + key.erase(0, key.find_first_not_of('#')) + ".legend";
    // 16 em when the map has them (at 1,024 px its 40 % held two ticks).
    draw_color_legend(dl, ImVec2(c.min.x + 0.5f * e, c.max.y - legend_h + 0.4f * e), std::min(c.width() - e, 16 * e),
                      scale, spec.format, spec.value_name, key.c_str());
  }
  end_canvas(c);

  hit.hovered = hovered;
  hit = finish_hit(c, hit);
  if (hovered >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (hovered >= 0 && spec.tooltip) {
    const double v = static_cast<size_t>(hovered) < spec.values.size() ? spec.values[static_cast<size_t>(hovered)] : std::nan("");
    chart_tooltip(w->countries[static_cast<size_t>(hovered)].name,
                  {{spec.value_name, std::isfinite(v) ? spec.format(v) : "no data", std::isfinite(v) ? scale.color(v) : 0}});
  }
  return hit;
}

}  // namespace starcart::charts
