// The world map, ready to draw: every country of the embedded atlas
// (assets/world-110m.bin) projected with Natural Earth and triangulated,
// with its rings kept for borders and hit-testing. Built once, when a map is
// first drawn (3.2 ms natively: 176 countries, 9,100 triangles), then only
// transformed to the screen each frame.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "ui/charts/geo/topology.h"

namespace starcart::charts::geo {

struct CountryShape {
  int numeric = -1;                        // ISO 3166-1 numeric (Kosovo: 0); -1 unknown
  std::string name;                        // for people: core/country_codes' name when known
  std::vector<Point> vertices;             // projected
  std::vector<uint32_t> indices;           // triangles into vertices
  std::vector<std::vector<double>> rings;  // projected rings (outer and holes), flat x,y
  Point min, max;                          // bounding box (projected)
  double area = 0;                         // projected area of its polygons
};

struct WorldGeometry {
  std::vector<CountryShape> countries;
  Point min, max;  // bounds of everything (projected, y up)

  // Index of the country with this ISO numeric code, or -1.
  int find(int numeric) const;
  // Index of the country under a projected point, or -1.
  int at(Point p) const;
};

// The atlas compiled into the binary.
std::string_view world_atlas_asset();

// Decodes, projects and triangulates. Antarctica is left out unless asked
// for: no shop sells there and it would take a fifth of the map's height.
Result<WorldGeometry> build_world_geometry(std::string_view asset, bool with_antarctica = false);

}  // namespace starcart::charts::geo
