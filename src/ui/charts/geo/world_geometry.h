// A map, ready to draw: every shape of a topology asset projected and
// triangulated, with its rings kept for borders and hit-testing. The world
// map (the embedded atlas assets/world-110m.bin, projected with Natural
// Earth) and the state maps (assets/states-*.bin, already projected; see
// state_geometry.h) are both this, so one choropleth draws them all. Built once, when a map is
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

// One shape of a map: a country, or a state on a state map.
struct CountryShape {
  int numeric = -1;                        // ISO 3166-1 numeric (Kosovo: 0); -1 unknown. States: FIPS / IBGE
  std::string name;                        // for people: core/country_codes' (state_codes') name when known
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

// A point well inside a shape (the centroid of its largest triangle): where
// tests and the UI probe point at it.
Point inner_point(const CountryShape& shape);

// Any map's shapes (countries or states) are a WorldGeometry.
using MapGeometry = WorldGeometry;

// What an asset's coordinates are: longitude/latitude in degrees (the world
// atlas: cut at the antimeridian, then projected with Natural Earth) or
// already projected map units, y up (the state maps: kept as they are).
enum class MapCoordinates { kLonLat, kPlanar };

// Decodes, cleans (ring_repair.h), projects and triangulates every feature
// but the one whose id is `leave_out`; names and ids as the asset has them.
constexpr int kLeaveNoneOut = -2;  // no feature has this id (-1: none given)
Result<MapGeometry> build_map_geometry(std::string_view asset, MapCoordinates coords, int leave_out = kLeaveNoneOut);

// The atlas compiled into the binary.
std::string_view world_atlas_asset();

// Decodes, projects and triangulates. Antarctica is left out unless asked
// for: no shop sells there and it would take a fifth of the map's height.
Result<WorldGeometry> build_world_geometry(std::string_view asset, bool with_antarctica = false);

}  // namespace starcart::charts::geo
