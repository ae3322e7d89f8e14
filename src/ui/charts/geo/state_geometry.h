// State maps (issue 11): the United States' 50 states and DC (us-atlas,
// Albers USA with Alaska and Hawaii as insets) and Brazil's 27 federative
// units (jvectormap's Miller projection), from assets/states-us.bin and
// assets/states-br.bin (scripts/gen/state_maps.py). They are not compiled
// into the page: the platform fetches the file when a state map is first
// shown (PlatformServices::fetch_asset), and the bytes come back to the app.
// Shapes are named after core/state_codes (ids: FIPS, IBGE codes).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "core/state_codes.h"
#include "ui/charts/geo/world_geometry.h"

namespace starcart::charts::geo {

// The asset's file name for a country with a state map ("US" -> "states-us.bin"); "" for others.
std::string state_map_asset(std::string_view country_alpha2);

// Decodes and triangulates a state map asset; each shape's name becomes the
// state's name in core/state_codes (its numeric id is the state's FIPS /
// IBGE code). An id that is no state of the country is an error: the asset
// and the code table would disagree.
Result<MapGeometry> build_state_geometry(std::string_view asset, std::string_view country_alpha2);

// The state a shape shows (nullptr when none): by its numeric id.
const StateInfo* state_of_shape(const CountryShape& shape, std::string_view country_alpha2);

}  // namespace starcart::charts::geo
