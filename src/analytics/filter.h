// One filter for every figure (DESIGN 4): it selects fact lines, and every
// analysis reads the selection. Values are names as the user sees them
// (country "France"), resolved to dictionary ids against the store.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct Filter {
  std::optional<Day> from;  // inclusive
  std::optional<Day> to;    // inclusive
  std::vector<std::string> countries;
  std::vector<std::string> categories;
  std::vector<std::string> channels;
  std::vector<std::string> payment_types;

  bool empty() const {
    return !from && !to && countries.empty() && categories.empty() && channels.empty() &&
           payment_types.empty();
  }
};

// Lines that count (sales and returns, never excluded lines) and pass the
// filter, in the store's date order.
struct Selection {
  std::vector<uint32_t> lines;
};

Selection select_lines(const FactStore& store, const Filter& filter);

// The same filter moved to the period of equal length just before it (for
// deltas). Needs from and to; without them, the whole data's range is used.
Filter previous_period(const FactStore& store, const Filter& filter);

}  // namespace starcart
