// Sales by state for a state map (issue 11): the United States or Brazil.
// Exports write a state as a code or a name ("SP", "São Paulo"); both count
// for the same state (core/state_codes.h), and `spellings` lists how the data
// wrote it, so a click on the map can filter by every spelling
// (Filter::states). Only lines whose country is the map's count.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "core/state_codes.h"

namespace starcart {

struct StateMapRow {
  const StateInfo* state = nullptr;  // code, name, map feature id
  Money revenue = 0;
  double revenue_share = 0;          // of the map country's revenue with a known state
  int64_t orders = 0;
  int64_t customers = 0;
  std::vector<std::string_view> spellings;  // state names as written in the data
};

struct StateMap {
  std::string country;           // "US" or "BR"; "" = no map
  std::vector<StateMapRow> rows; // states with a sale, by revenue descending (ties by code)
  Money unknown_revenue = 0;     // the country's revenue whose state is not recognised (or not given)
};

// The country a state map shows: the one with a state table holding at
// least half of the selection's revenue; nullopt when none does.
std::optional<std::string> state_map_country(const FactIndex& index, const Selection& selection);

// The map for a report: the filter's single country when it has a state
// table, else state_map_country(); an empty StateMap when neither.
StateMap compute_report_state_map(const FactIndex& index, const Selection& selection, const Filter& filter);

// Sales by state of `country` ("US", "BR") on the selection.
StateMap compute_state_map(const FactIndex& index, const Selection& selection, std::string_view country);

}  // namespace starcart
