// The real atlas (world-atlas 1:110m): decoded, projected and triangulated,
// every country keeps its area, and points land in the right country.
#include <doctest.h>

#include <cmath>

#include "ui/charts/geo/projection.h"
#include "ui/charts/geo/triangulate.h"
#include "ui/charts/geo/world_geometry.h"

using namespace starcart::charts::geo;

TEST_CASE("the embedded atlas holds the 177 countries of world-atlas 110m") {
  auto f = decode_topology(world_atlas_asset());
  REQUIRE(f.ok());
  CHECK(f->size() == 177);  // countries-110m.json: 177 geometries
}

TEST_CASE("every country's triangles cover exactly its polygons") {
  auto w = build_world_geometry(world_atlas_asset(), true);
  REQUIRE(w.ok());
  CHECK(w->countries.size() == 177);
  int bad = 0;
  for (const CountryShape& c : w->countries) {
    double tri = 0;
    for (size_t k = 0; k + 2 < c.indices.size(); k += 3) {
      const Point& a = c.vertices[c.indices[k]];
      const Point& b = c.vertices[c.indices[k + 1]];
      const Point& d = c.vertices[c.indices[k + 2]];
      tri += 0.5 * std::fabs((b.x - a.x) * (d.y - a.y) - (b.y - a.y) * (d.x - a.x));
    }
    if (std::fabs(tri - c.area) > 1e-9 + 1e-6 * c.area) {
      ++bad;
      MESSAGE(c.name << ": triangles " << tri << " vs polygons " << c.area);
    }
  }
  CHECK(bad == 0);
}

TEST_CASE("points fall in the right country; Lesotho is a hole in South Africa") {
  auto w = build_world_geometry(world_atlas_asset());
  REQUIRE(w.ok());
  CHECK(w->find(10) == -1);  // Antarctica left out by default
  auto at = [&](double lon, double lat) {
    int i = w->at(natural_earth(lon, lat));
    return i < 0 ? std::string("-") : w->countries[static_cast<size_t>(i)].name;
  };
  CHECK(at(2.35, 48.85) == "France");           // Paris
  CHECK(at(-3.7, 40.4) == "Spain");             // Madrid
  CHECK(at(-100, 40) == "United States");
  CHECK(at(-30, 0) == "-");                     // the Atlantic
  CHECK(at(28.2, -29.6) == "Lesotho");
  CHECK(at(25, -30) == "South Africa");
  CHECK(w->find(0) >= 0);                       // Kosovo: no atlas id, ours is 0
  CHECK(w->countries[static_cast<size_t>(w->find(826))].name == "United Kingdom");
}
