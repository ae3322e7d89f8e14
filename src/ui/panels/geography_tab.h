// Geography: revenue by country on the world map (hover for the figures, a
// click filters every panel to the country, the same click again clears
// it), a sortable country table (a row click does the same), and the states
// or regions where the data has them. When the selection is mostly the
// United States or Brazil, a state map takes the world map's place (a
// switch brings the world back): hover for a state's figures, a click
// filters every panel to the state (geography_state_map.cpp).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analytics/geography.h"
#include "analytics/state_map.h"
#include "ui/charts/geo/world_geometry.h"

namespace starcart {

// The state map's inputs: the figures by state and, once the platform has
// delivered the asset, the shapes.
struct StateMapView {
  const StateMap* data = nullptr;                    // nullptr or country "": no state map
  const charts::geo::MapGeometry* shapes = nullptr;  // nullptr while loading or when unavailable
  std::string unavailable;                           // why there are no shapes (the world map is shown)
};

struct GeographyClick {
  std::optional<std::string> country;  // as written in the data
  const StateMapRow* state = nullptr;  // a state of the state map (its row: spellings)
  const StateInfo* state_info = nullptr;
};

class GeographyTab {
 public:
  GeographyClick draw(const Geography& g, const charts::geo::WorldGeometry* world, const StateMapView& states,
                      const Filter& filter, const std::string& currency);

 private:
  void draw_world_map(const Geography& g, const charts::geo::WorldGeometry* world, const Filter& filter,
                      const std::string& currency, std::optional<std::string>& clicked);
  // Probe rectangles at a point inside each listed shape (key, id), so
  // browser tests hover and click a map where a user would; the map is laid
  // out as choropleth() lays it out in that canvas (above its legend).
  static void probe_map_shapes(const charts::geo::MapGeometry& map, const std::string& canvas,
                               const std::vector<std::pair<std::string, int>>& keyed_ids);
  // The state choropleth in the map card; returns the clicked state.
  void draw_state_map(const StateMapView& v, const Filter& filter, const std::string& currency, GeographyClick& click);
  // The state map's states as a table; a row click is a click on the state.
  void draw_state_rows(const StateMap& m, const Filter& filter, const std::string& currency, GeographyClick& click);
  std::optional<std::string> draw_countries(const Geography& g, const Filter& filter, const std::string& currency);
  void draw_places(const char* id, const std::vector<PlaceRow>& rows, const std::string& currency);

  int sort_column_ = 2;  // revenue
  bool show_world_ = false;  // the user switched from the state map to the world map
  bool ascending_ = false;
};

}  // namespace starcart
