#include "ui/charts/geo/state_geometry.h"

#include <cctype>

namespace starcart::charts::geo {

std::string state_map_asset(std::string_view country) {
  if (!has_state_map(country)) return {};
  std::string name = "states-";
  for (char c : country) name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name + ".bin";
}

const StateInfo* state_of_shape(const CountryShape& shape, std::string_view country) {
  for (const StateInfo& s : states_of(country))
    if (s.numeric == shape.numeric) return &s;
  return nullptr;
}

Result<MapGeometry> build_state_geometry(std::string_view asset, std::string_view country) {
  if (!has_state_map(country))
    return make_error(ErrorCode::kBadValue, "no state map for the country " + std::string(country));
  auto map = build_map_geometry(asset, MapCoordinates::kPlanar);
  if (!map) return map;
  for (CountryShape& c : map->countries) {
    const StateInfo* s = state_of_shape(c, country);
    if (!s)
      return make_error(ErrorCode::kBadValue, "the " + std::string(country) + " state map has a shape (" + c.name +
                                                  ", id " + std::to_string(c.numeric) + ") that is no state of it");
    c.name = std::string(s->name);
  }
  if (map->countries.empty()) return make_error(ErrorCode::kBadValue, "the state map asset holds no shapes");
  return map;
}

}  // namespace starcart::charts::geo
