#include "ui/charts/geo/world_geometry.h"

#include <algorithm>
#include <cmath>

#include "core/country_codes.h"
#include "ui/charts/geo/projection.h"
#include "ui/charts/geo/ring_repair.h"
#include "ui/charts/geo/triangulate.h"
#include "ui/charts/hit_test.h"

extern const unsigned char kWorldAtlas110m[];
extern const size_t kWorldAtlas110m_size;

namespace starcart::charts::geo {

namespace {

constexpr int kAntarctica = 10;

void grow(Point& lo, Point& hi, const Point& p) {
  lo.x = std::min(lo.x, p.x);
  lo.y = std::min(lo.y, p.y);
  hi.x = std::max(hi.x, p.x);
  hi.y = std::max(hi.y, p.y);
}

Ring project(const Ring& ring) {
  Ring out;
  out.reserve(ring.size());
  for (const Point& p : ring) out.push_back(natural_earth(p.x, p.y));
  return out;
}

std::vector<double> flat(const Ring& ring) {
  std::vector<double> v;
  v.reserve(ring.size() * 2);
  for (const Point& p : ring) {
    v.push_back(p.x);
    v.push_back(p.y);
  }
  return v;
}

}  // namespace

std::string_view world_atlas_asset() {
  return {reinterpret_cast<const char*>(kWorldAtlas110m), kWorldAtlas110m_size};
}

int WorldGeometry::find(int numeric) const {
  for (size_t i = 0; i < countries.size(); ++i)
    if (countries[i].numeric == numeric) return static_cast<int>(i);
  return -1;
}

Point inner_point(const CountryShape& c) {
  Point best{(c.min.x + c.max.x) / 2, (c.min.y + c.max.y) / 2};
  double best_area = -1;
  for (size_t i = 0; i + 2 < c.indices.size(); i += 3) {
    const Point &a = c.vertices[c.indices[i]], &b = c.vertices[c.indices[i + 1]], &d = c.vertices[c.indices[i + 2]];
    const double area = std::abs((b.x - a.x) * (d.y - a.y) - (d.x - a.x) * (b.y - a.y));
    if (area > best_area) best_area = area, best = {(a.x + b.x + d.x) / 3, (a.y + b.y + d.y) / 3};
  }
  return best;
}

int WorldGeometry::at(Point p) const {
  for (size_t i = 0; i < countries.size(); ++i) {
    const CountryShape& c = countries[i];
    if (p.x < c.min.x || p.x > c.max.x || p.y < c.min.y || p.y > c.max.y) continue;
    if (point_in_rings(c.rings, p.x, p.y)) return static_cast<int>(i);
  }
  return -1;
}

namespace {

// One feature's polygons, cleaned and projected: lon/lat rings are cut at the
// antimeridian and projected with Natural Earth; planar ones are kept.
std::vector<Polygon> prepared_pieces(const Feature& f, MapCoordinates coords) {
  std::vector<Polygon> pieces;
  for (const Polygon& poly : f.polygons) {
    if (coords == MapCoordinates::kPlanar) {  // already projected: only cleaned
      Polygon piece = poly;
      remove_self_crossings(piece.outer);
      for (Ring& h : piece.holes) remove_self_crossings(h);
      pieces.push_back(std::move(piece));
      continue;
    }
    // Clean in longitude/latitude (ring_repair.h), then project each piece.
    std::vector<Ring> outer = split_at_antimeridian(poly.outer);
    for (size_t k = 0; k < outer.size(); ++k) {
      remove_self_crossings(outer[k]);
      Polygon piece{project(outer[k]), {}};
      if (k == 0)  // holes never reach the antimeridian in the atlas
        for (Ring h : poly.holes) {
          remove_self_crossings(h);
          piece.holes.push_back(project(h));
        }
      pieces.push_back(std::move(piece));
    }
  }
  return pieces;
}

}  // namespace

Result<WorldGeometry> build_map_geometry(std::string_view asset, MapCoordinates coords, int leave_out) {
  auto features = decode_topology(asset);
  if (!features) return features.take_error();
  WorldGeometry w;
  w.min = {INFINITY, INFINITY};
  w.max = {-INFINITY, -INFINITY};
  for (const Feature& f : *features) {
    if (f.numeric == leave_out) continue;
    CountryShape c;
    c.numeric = f.numeric;
    c.name = f.name;
    c.min = {INFINITY, INFINITY};
    c.max = {-INFINITY, -INFINITY};
    for (const Polygon& projected : prepared_pieces(f, coords)) {
      Triangulation t = triangulate(projected);
      const auto base = static_cast<uint32_t>(c.vertices.size());
      c.vertices.insert(c.vertices.end(), t.points.begin(), t.points.end());
      for (uint32_t k : t.indices) c.indices.push_back(base + k);
      c.area += polygon_area(projected);
      for (const Point& p : projected.outer) grow(c.min, c.max, p);
      c.rings.push_back(flat(projected.outer));
      for (const Ring& h : projected.holes) c.rings.push_back(flat(h));
    }
    grow(w.min, w.max, c.min);
    grow(w.min, w.max, c.max);
    w.countries.push_back(std::move(c));
  }
  return w;
}

Result<WorldGeometry> build_world_geometry(std::string_view asset, bool with_antarctica) {
  auto w = build_map_geometry(asset, MapCoordinates::kLonLat, with_antarctica ? kLeaveNoneOut : kAntarctica);
  if (!w) return w;
  for (CountryShape& c : w->countries) {
    const CountryInfo* info = c.numeric >= 0 ? country_by_numeric(c.numeric) : find_country(c.name);
    if (info) c.numeric = info->numeric;  // Kosovo has no atlas id but has ours (0)
    if (info) c.name = std::string(info->name);
  }
  return w;
}

}  // namespace starcart::charts::geo
