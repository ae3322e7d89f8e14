// A world choropleth: every country of a WorldGeometry filled through a
// colour scale (countries without data in a neutral colour), thin borders in
// the surface colour, the hovered country outlined, the selected one in the
// accent, a colour legend in the lower left. Hover and click are found by
// inverting the screen transform and testing the projected rings
// (point-in-polygon). Built-in tooltip: country and value.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/geo/world_geometry.h"
#include "ui/charts/scales.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

struct ChoroplethSpec {
  const geo::WorldGeometry* world = nullptr;
  std::vector<double> values;   // per world country index; NaN = no data
  ColorScale scale;             // lo/hi: fitted to the values when left at 0..1
  ValueFormat format;
  std::string value_name = "Value";  // tooltip row and legend title
  int selected = -1;            // country index outlined in the accent
  bool legend = true;
  ChartStatus status = ChartStatus::kReady;
  std::string empty_text = "No countries in this selection";
  bool tooltip = true;
};

// Where the map sits in a rectangle: the projected bounds scaled uniformly
// to fit and centred (pure; the widget and its tests share it).
struct MapTransform {
  double scale = 1, ox = 0, oy = 0;  // screen = (ox + (x - min.x) * scale, oy + (max.y - y) * scale)
  geo::Point min, max;               // the projected bounds
  ImVec2 to_screen(geo::Point p) const;
  geo::Point to_projected(ImVec2 s) const;
};
MapTransform fit_map(const geo::WorldGeometry& world, ImVec2 rect_min, ImVec2 rect_max);

// Values per world country index from (ISO numeric, value) pairs; countries
// not given get NaN.
std::vector<double> values_by_numeric(const geo::WorldGeometry& world, const std::vector<int>& numeric,
                                      const std::vector<double>& values);

// hit.hovered / hit.clicked: the world country index.
ChartHit choropleth(const char* id, ImVec2 size, const ChoroplethSpec& spec);

}  // namespace starcart::charts
