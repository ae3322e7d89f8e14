// Polygon triangulation by ear clipping, with holes (David Eberly,
// "Triangulation by Ear Clipping", 2002): holes are joined to the outer ring
// by a bridge to a mutually visible vertex, rightmost hole first, then ears
// (convex corners with no other vertex inside) are cut off one by one.
// Degenerate input (repeated points, collinear runs, touching rings) never
// loops: when no ear is left the most convex corner is cut. Pure and
// unit-tested (area preserved, no triangle outside, holes respected).
#pragma once

#include <cstdint>
#include <vector>

#include "ui/charts/geo/topology.h"

namespace starcart::charts::geo {

struct Triangulation {
  std::vector<Point> points;      // the outer ring's points, then each hole's
  std::vector<uint32_t> indices;  // three per triangle, into points
};

Triangulation triangulate(const Polygon& polygon);

// Signed area (positive when counter-clockwise with y up).
double signed_area(const Ring& ring);
// |outer| minus the holes' areas.
double polygon_area(const Polygon& polygon);
// Sum of the triangles' areas.
double triangulated_area(const Triangulation& t);

}  // namespace starcart::charts::geo
