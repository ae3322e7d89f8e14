// Geography: revenue by country on the world map (hover for the figures, a
// click filters every panel to the country, the same click again clears
// it), a sortable country table (a row click does the same), and the states
// or regions where the data has them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/geography.h"
#include "ui/charts/geo/world_geometry.h"

namespace starcart {

class GeographyTab {
 public:
  // Returns the country (as written in the data) the user clicked.
  std::optional<std::string> draw(const Geography& g, const charts::geo::WorldGeometry* world, const Filter& filter,
                                  const std::string& currency);

 private:
  std::optional<std::string> draw_countries(const Geography& g, const Filter& filter, const std::string& currency);
  void draw_places(const char* id, const std::vector<PlaceRow>& rows, const std::string& currency);

  int sort_column_ = 2;  // revenue
  bool ascending_ = false;
};

}  // namespace starcart
