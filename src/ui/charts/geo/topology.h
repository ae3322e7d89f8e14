// Country shapes from the TopoJSON topology that scripts/gen/world_map.py
// re-encodes (world-atlas@2.0.2, Natural Earth 1:110m): quantized,
// delta-encoded arcs stored once, and per country polygons made of rings of
// arc references (a negative reference ~i is arc i reversed). Decoding
// rebuilds what TopoJSON means: rings in longitude/latitude degrees. Pure and
// unit-tested.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace starcart::charts::geo {

struct Point {
  double x = 0, y = 0;
};

// A ring without its closing point (first != last).
using Ring = std::vector<Point>;

struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

struct Feature {
  int numeric = -1;   // ISO 3166-1 numeric; -1 when the atlas gives none
  std::string name;   // the atlas's name ("N. Cyprus", "Somaliland")
  std::vector<Polygon> polygons;
};

// Decodes the binary topology (format in scripts/gen/world_map.py).
Result<std::vector<Feature>> decode_topology(std::string_view bytes);

// Joins arcs into a ring: arc i as stored, ~i reversed; each arc after the
// first starts where the previous ended, so its first point is dropped; the
// closing point is dropped too. Exposed for tests.
Ring stitch_ring(const std::vector<std::vector<Point>>& arcs, const std::vector<int>& refs);

}  // namespace starcart::charts::geo
