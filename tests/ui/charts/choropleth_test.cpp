// The map widget drawn headless: the fit keeps the aspect ratio, and the
// mouse over Paris (projected through the same transform) hovers France,
// over the Atlantic nothing; a click reports the country.
#include <doctest.h>

#include <cmath>

#include "imgui.h"
#include "ui/charts/choropleth.h"
#include "ui/charts/geo/projection.h"
#include "ui/fonts.h"
#include "ui/theme.h"

using namespace starcart;
using namespace starcart::charts;

TEST_CASE("the map fits its rectangle without distortion") {
  auto w = geo::build_world_geometry(geo::world_atlas_asset());
  REQUIRE(w.ok());
  MapTransform t = fit_map(*w, ImVec2(10, 20), ImVec2(1010, 220));  // 1000 x 200: height decides
  const double bh = w->max.y - w->min.y, bw = w->max.x - w->min.x;
  CHECK(t.scale == doctest::Approx(200 / bh));
  CHECK(t.ox == doctest::Approx(10 + (1000 - bw * 200 / bh) / 2));
  const geo::Point paris = geo::natural_earth(2.35, 48.85);
  const geo::Point back = t.to_projected(t.to_screen(paris));
  CHECK(back.x == doctest::Approx(paris.x));
  CHECK(back.y == doctest::Approx(paris.y));
}

TEST_CASE("hover and click on the map report the country under the mouse") {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1200, 800);
  build_fonts(1.0f);
  unsigned char* px;
  int tw, th;
  io.Fonts->GetTexDataAsRGBA32(&px, &tw, &th);
  apply_theme(light_theme());
  auto w = geo::build_world_geometry(geo::world_atlas_asset());
  REQUIRE(w.ok());
  ChoroplethSpec spec;
  spec.world = &*w;
  spec.values = values_by_numeric(*w, {250, 826}, {100.0, 300.0});  // France, United Kingdom
  spec.legend = false;
  ChartHit hit;
  auto frame = [&]() {
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("map", nullptr, ImGuiWindowFlags_NoDecoration);
    hit = choropleth("##map", ImVec2(1000, 500), spec);
    ImGui::End();
    ImGui::Render();
  };
  frame();
  // The canvas starts at the window padding; the map fits 1000 x 500.
  const ImVec2 origin = ImGui::GetStyle().WindowPadding;
  const MapTransform t = fit_map(*w, origin, ImVec2(origin.x + 1000, origin.y + 500));
  const ImVec2 paris = t.to_screen(geo::natural_earth(2.35, 48.85));
  io.AddMousePosEvent(paris.x, paris.y);
  frame();
  REQUIRE(hit.hovered >= 0);
  CHECK(w->countries[static_cast<size_t>(hit.hovered)].numeric == 250);
  io.AddMouseButtonEvent(0, true);
  frame();
  CHECK(hit.clicked == hit.hovered);
  io.AddMouseButtonEvent(0, false);
  frame();
  const ImVec2 sea = t.to_screen(geo::natural_earth(-30, 0));
  io.AddMousePosEvent(sea.x, sea.y);
  frame();
  CHECK(hit.hovered == -1);
  // No values at all: the empty state, no crash.
  spec.values.assign(w->countries.size(), NAN);
  frame();
  CHECK(hit.hovered == -1);
  ImGui::DestroyContext();
}
