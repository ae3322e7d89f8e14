// The state map assets (assets/states-us.bin, states-br.bin; scripts/gen/
// state_maps.py) read from their files as the CLI and tests do: shape counts
// from the packages' own data, every shape a known state, triangles that
// cover the polygons, and cities at published coordinates landing in their
// state. US points are projected with d3's Albers USA lower-48 formula
// (the projection us-atlas drew states-albers-10m with: scale 1300,
// translate 487.5, 305), written out here independently of the code.
#include <doctest.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "ui/charts/geo/state_geometry.h"

using namespace starcart;
using namespace starcart::charts::geo;

namespace {

std::string read_asset(const std::string& name) {
  std::ifstream in(std::string(STARCART_TEST_DATA) + "/../../assets/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// d3.geoAlbers(): conic equal-area, parallels 29.5/45.5, rotate [96, 0],
// centre [-0.6, 38.7]; geoAlbersUsa scales it by 1300 around (487.5, 305).
// The asset keeps those pixels with y negated (y up).
Point albers_usa_lower48(double lon, double lat) {
  const double rad = M_PI / 180;
  const double sy0 = std::sin(29.5 * rad), n = (sy0 + std::sin(45.5 * rad)) / 2;
  const double c = 1 + sy0 * (2 * n - sy0), r0 = std::sqrt(c) / n;
  auto raw = [&](double l, double p) {
    const double r = std::sqrt(c - 2 * n * std::sin(p * rad)) / n;
    return Point{r * std::sin(l * rad * n), r0 - r * std::cos(l * rad * n)};
  };
  const Point p = raw(lon + 96, lat), centre = raw(-0.6, 38.7);
  return {487.5 + 1300 * (p.x - centre.x), -(305 - 1300 * (p.y - centre.y))};
}

std::string name_at(const MapGeometry& m, Point p) {
  const int i = m.at(p);
  return i < 0 ? std::string("-") : m.countries[static_cast<size_t>(i)].name;
}

double triangles_area(const CountryShape& c) {
  double tri = 0;
  for (size_t k = 0; k + 2 < c.indices.size(); k += 3) {
    const Point &a = c.vertices[c.indices[k]], &b = c.vertices[c.indices[k + 1]], &d = c.vertices[c.indices[k + 2]];
    tri += 0.5 * std::fabs((b.x - a.x) * (d.y - a.y) - (b.y - a.y) * (d.x - a.x));
  }
  return tri;
}

}  // namespace

TEST_CASE("state map asset names: one file per country with a state map") {
  CHECK(state_map_asset("US") == "states-us.bin");
  CHECK(state_map_asset("BR") == "states-br.bin");
  CHECK(state_map_asset("FR").empty());
}

TEST_CASE("the US state map holds the 50 states and DC of us-atlas states-albers-10m, each a known state") {
  auto m = build_state_geometry(read_asset("states-us.bin"), "US");
  REQUIRE(m.ok());
  CHECK(m->countries.size() == 51);  // states-albers-10m.json: 51 geometries, no Puerto Rico
  std::set<std::string> codes;
  for (const CountryShape& c : m->countries) {
    const StateInfo* s = state_of_shape(c, "US");
    REQUIRE(s != nullptr);
    CHECK(c.name == s->name);
    codes.insert(std::string(s->code));
  }
  CHECK(codes.size() == 51);
  CHECK(codes.count("DC") == 1);
  CHECK(codes.count("PR") == 0);
  for (const StateInfo& s : states_of("US"))  // every state of the code table but Puerto Rico has a shape
    if (s.code != "PR") CHECK_MESSAGE(m->find(s.numeric) >= 0, s.name);
  CHECK(m->countries[static_cast<size_t>(m->find(48))].name == "Texas");  // FIPS 48
  CHECK(m->countries[static_cast<size_t>(m->find(6))].name == "California");
}

TEST_CASE("the Brazil state map holds the 27 federative units under their IBGE codes") {
  auto m = build_state_geometry(read_asset("states-br.bin"), "BR");
  REQUIRE(m.ok());
  CHECK(m->countries.size() == 27);  // brMill.json: 27 paths (26 states and the Federal District)
  std::set<std::string> codes;
  for (const CountryShape& c : m->countries) {
    const StateInfo* s = state_of_shape(c, "BR");
    REQUIRE(s != nullptr);
    codes.insert(std::string(s->code));
  }
  CHECK(codes.size() == 27);
  CHECK(m->countries[static_cast<size_t>(m->find(35))].name == "São Paulo");  // IBGE 35
  CHECK(m->countries[static_cast<size_t>(m->find(53))].name == "Distrito Federal");
}

// Exactly, but for Brazil's source rings that run along themselves (collinear
// edges where a coastline doubles back): there the fill may differ from the
// polygon by a hundredth of a percent (Maranhão: 0.13 of 12,933 units).
TEST_CASE("every state's triangles cover its polygons") {
  for (const char* country : {"US", "BR"}) {
    auto m = build_state_geometry(read_asset(state_map_asset(country)), country);
    REQUIRE(m.ok());
    for (const CountryShape& c : m->countries) {
      CHECK_MESSAGE(c.area > 0, c.name);
      CHECK_MESSAGE(std::fabs(triangles_area(c) - c.area) <= (country[0] == 'U' ? 1e-9 : 1e-4) * c.area, c.name);
    }
  }
}

TEST_CASE("US cities at their published coordinates land in their state") {
  auto m = build_state_geometry(read_asset("states-us.bin"), "US");
  REQUIRE(m.ok());
  CHECK(name_at(*m, albers_usa_lower48(-99.0, 31.5)) == "Texas");       // near the centre of Texas
  CHECK(name_at(*m, albers_usa_lower48(-97.74, 30.27)) == "Texas");     // Austin
  CHECK(name_at(*m, albers_usa_lower48(-104.99, 39.74)) == "Colorado"); // Denver
  CHECK(name_at(*m, albers_usa_lower48(-87.63, 41.88)) == "Illinois");  // Chicago
  CHECK(name_at(*m, albers_usa_lower48(-73.76, 42.65)) == "New York");  // Albany
  CHECK(name_at(*m, albers_usa_lower48(-121.49, 38.58)) == "California");  // Sacramento
  CHECK(name_at(*m, albers_usa_lower48(-90.0, 27.0)) == "-");           // the Gulf of Mexico
}

TEST_CASE("Alaska and Hawaii are insets in the lower left, beside the lower 48") {
  auto m = build_state_geometry(read_asset("states-us.bin"), "US");
  REQUIRE(m.ok());
  const double mid_x = (m->min.x + m->max.x) / 2, low_y = m->min.y + (m->max.y - m->min.y) / 3;
  for (int fips : {2, 15}) {
    const CountryShape& c = m->countries[static_cast<size_t>(m->find(fips))];
    CHECK_MESSAGE(c.max.x < mid_x, c.name);
    CHECK_MESSAGE(c.max.y < low_y + (m->max.y - m->min.y) / 3, c.name);
  }
  // The inset is at a smaller scale: Alaska's box is narrower than Texas's times 2.5, not 2.5 times wider.
  const CountryShape& ak = m->countries[static_cast<size_t>(m->find(2))];
  const CountryShape& tx = m->countries[static_cast<size_t>(m->find(48))];
  CHECK(ak.max.x - ak.min.x < 2.5 * (tx.max.x - tx.min.x));
}

TEST_CASE("Brazil's map is Miller-projected: its aspect and state capitals match published coordinates") {
  auto m = build_state_geometry(read_asset("states-br.bin"), "BR");
  REQUIRE(m.ok());
  // Mainland extremes (IBGE): 73.99 W (Moa spring), 34.79 W (Ponta do Seixas), 5.27 N (Caburaí), 33.75 S (Chuí).
  const double west = -73.99, east = -34.79, north = 5.27, south = -33.75, rad = M_PI / 180;
  auto miller_y = [&](double lat) { return 1.25 * std::log(std::tan(M_PI / 4 + 0.4 * lat * rad)); };
  const double sx = (m->max.x - m->min.x) / ((east - west) * rad);
  const double predicted_h = sx * (miller_y(north) - miller_y(south));
  CHECK(std::fabs((m->max.y - m->min.y) / predicted_h - 1) < 0.01);  // the height Miller predicts from the width
  auto at = [&](double lon, double lat) {
    return Point{m->min.x + (lon - west) * rad * sx, m->min.y + (miller_y(lat) - miller_y(south)) * sx};
  };
  CHECK(name_at(*m, at(-46.63, -23.55)) == "São Paulo");         // São Paulo
  CHECK(name_at(*m, at(-60.02, -3.12)) == "Amazonas");           // Manaus
  // The Federal District: its longitudes are right (48.29 W to 47.31 W), but
  // jvectormap draws it about half a degree south of where it is, so
  // Brasília (15.79 S) falls in Goiás just north of it: checked by its box.
  const CountryShape& df = m->countries[static_cast<size_t>(m->find(53))];
  const double df_lon = ((df.min.x + df.max.x) / 2 - m->min.x) / sx / rad + west;
  CHECK(df_lon == doctest::Approx(-47.80).epsilon(0.005));  // the District's middle: (48.29 + 47.31) / 2 W
  CHECK(df.min.y < at(-47.88, -15.50).y);  // within a degree of Brasília
  CHECK(df.max.y > at(-47.88, -16.80).y);
  CHECK(name_at(*m, at(-56.10, -15.60)) == "Mato Grosso");       // Cuiabá
  CHECK(name_at(*m, at(-53.81, -29.69)) == "Rio Grande do Sul"); // Santa Maria
  CHECK(name_at(*m, at(-43.94, -19.92)) == "Minas Gerais");      // Belo Horizonte
  CHECK(name_at(*m, at(-30.0, -10.0)) == "-");                   // the Atlantic
}

TEST_CASE("a state map asset with a shape that is no state of the country is refused") {
  CHECK_FALSE(build_state_geometry(read_asset("states-us.bin"), "BR").ok());  // FIPS 1 (Alabama) is no IBGE code
  CHECK_FALSE(build_state_geometry(read_asset("states-us.bin"), "FR").ok());
  CHECK_FALSE(build_state_geometry("SCWM", "US").ok());
}
