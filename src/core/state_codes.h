// States of the countries with a state map: the United States (50 states,
// DC and Puerto Rico; FIPS codes as us-atlas ids) and Brazil (27 federative
// units; IBGE codes). Exports write them as codes ("CA", "SP") or names
// ("California", "São Paulo", "Sao Paulo"); both find the same state.
#pragma once

#include <string_view>
#include <vector>

namespace starcart {

struct StateInfo {
  std::string_view country;  // ISO alpha-2: "US" or "BR"
  std::string_view code;     // postal code / UF: "CA", "SP"
  std::string_view name;     // "California", "São Paulo"
  int numeric;               // FIPS (US) or IBGE (BR) code: the map's feature id
  int weight;                // rough population share, per mille of the country (demo data)
};

// The states of one country (alpha-2), in code order; empty for others.
const std::vector<StateInfo>& states_of(std::string_view country_alpha2);
// nullptr when the text is no state of that country. Case, accents and
// surrounding spaces do not matter.
const StateInfo* find_state(std::string_view country_alpha2, std::string_view text);
// Countries with a state table ("US", "BR").
bool has_state_map(std::string_view country_alpha2);

}  // namespace starcart
