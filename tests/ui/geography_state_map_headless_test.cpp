// The Geography tab's state map, headless, through what a user does. Figures
// by hand from tests/data/csv/us_states_codes_and_names.csv:
//   Texas ("TX" and "Texas"): 2 x 10 + 30 = 50, 2 orders, 2 customers
//   New York 40; California ("CA", "California"; "USA" is the US) 15 + 10 = 25
//   Canada's 5 is not on the map: the US holds 115 of 120, so the map is the US's.
// The shapes are not in the page: the app asks the platform for
// states-us.bin, which the test hands over from assets/ as the page's glue would.
#include <doctest.h>

#include <fstream>
#include <sstream>

#include "headless.h"
#include "support/test_data.h"

using namespace starcart;
using starcart::test::Headless;

namespace {

bool has(const std::string& snap, const std::string& part) { return snap.find(part) != std::string::npos; }

std::string asset(const std::string& name) {
  std::ifstream in(std::string(STARCART_TEST_DATA) + "/../../assets/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void open_geography(Headless& h, App& app) {
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"us.csv", FileBytes::from_string(test::read_data_file("csv/us_states_codes_and_names.csv"))});
  app.open_files(std::move(files));
  h.frame(app);
  h.click(app, "import.build");
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
  h.click(app, "tab.geography");
  h.settle(app);
}

}  // namespace

TEST_CASE("state map: the shapes are fetched once, then the states with sales are drawn") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  open_geography(h, app);
  REQUIRE(platform.fetched_assets == std::vector<std::string>{"states-us.bin"});
  CHECK_FALSE(h.has(app, "geo.state.TX"));  // loading: the map waits for its shapes
  CHECK(h.has(app, "geo.view.states"));
  app.asset_arrived("states-us.bin", asset("states-us.bin"), "");
  h.settle(app);
  CHECK(h.has(app, "geo.state.TX"));
  CHECK(h.has(app, "geo.state.NY"));
  CHECK(h.has(app, "geo.state.CA"));
  CHECK_FALSE(h.has(app, "geo.state.FL"));  // no sales there
  CHECK_FALSE(h.has(app, "chart.geo_map_chart"));  // the world map gave its place
  h.settle(app);
  CHECK(platform.fetched_assets.size() == 1);  // asked once
}

TEST_CASE("state map: hovering Texas names it; a click filters to its spellings, again clears") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  open_geography(h, app);
  app.asset_arrived("states-us.bin", asset("states-us.bin"), "");
  h.settle(app);
  h.move(app, h.center(app, "geo.state.TX"));
  h.frame(app);
  CHECK(app.probe().tooltip() == "Texas (TX)");
  h.click(app, "geo.state.TX");
  h.settle(app);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("states":["TX","Texas"])"));
  CHECK(has(snap, R"("revenue":50.00)"));  // 2 x 10 + 30
  h.click(app, "geo.state.TX");
  h.settle(app);
  snap = app.snapshot_json();
  CHECK_FALSE(has(snap, R"("states":["TX","Texas"])"));
  CHECK(has(snap, R"("revenue":120.00)"));  // everything again, Canada included
}

TEST_CASE("state map: the Countries switch brings the world map back") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  open_geography(h, app);
  app.asset_arrived("states-us.bin", asset("states-us.bin"), "");
  h.settle(app);
  h.click(app, "geo.view.countries");
  h.settle(app);
  CHECK(h.has(app, "chart.geo_map_chart"));
  CHECK_FALSE(h.has(app, "geo.state.TX"));
  h.click(app, "geo.view.states");
  h.settle(app);
  CHECK(h.has(app, "geo.state.TX"));
}

TEST_CASE("state map: when the shapes cannot be had, the world map and the state table stay") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  open_geography(h, app);
  app.asset_arrived("states-us.bin", "", "HTTP 404");
  h.settle(app);
  CHECK(h.has(app, "chart.geo_map_chart"));
  CHECK_FALSE(h.has(app, "geo.view.states"));
  CHECK_FALSE(h.has(app, "geo.state.TX"));
}

TEST_CASE("state map: a damaged shapes file is refused the same way") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  open_geography(h, app);
  app.asset_arrived("states-us.bin", "SCWM\x01garbage", "");
  h.settle(app);
  CHECK(h.has(app, "chart.geo_map_chart"));
  CHECK_FALSE(h.has(app, "geo.state.TX"));
}

TEST_CASE("state map: the table shows one row per state (codes and names together); a row click filters") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  open_geography(h, app);  // the table needs no shapes
  CHECK(h.has(app, "geo.state_row.TX"));
  CHECK(h.has(app, "geo.state_row.CA"));
  CHECK(h.has(app, "geo.state_row.NY"));
  h.click(app, "geo.state_row.CA");
  h.settle(app);
  const std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("states":["CA","California"])"));
  CHECK(has(snap, R"("revenue":25.00)"));  // 15 + 10
}
