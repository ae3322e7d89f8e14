// Cross-filtering by a state on the state map (issue 11). The filter keeps
// states as the data writes them (Filter::states: "SP", "São Paulo"), so a
// click keeps every spelling of the clicked state the data uses, plus its
// code and name (a state the current filter hides has no spellings known).
// The same click again clears the state filter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analytics/filter.h"
#include "core/state_codes.h"

namespace starcart {

// The spellings a click on `state` filters by: `seen` (as the data writes
// it), the code and the name; sorted, no repeats.
std::vector<std::string> state_spellings(const StateInfo& state, const std::vector<std::string_view>& seen);

// The state the filter keeps when every value of Filter::states is a
// spelling of one state of `country`; nullptr otherwise (none, or several).
const StateInfo* filtered_state(const Filter& f, std::string_view country);

// A click on `state`: keeps only it, or clears the state filter when it was
// the state kept.
void click_state(Filter& f, std::string_view country, const StateInfo& state, const std::vector<std::string_view>& seen);

}  // namespace starcart
