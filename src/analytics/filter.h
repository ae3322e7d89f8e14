// One filter for every figure (DESIGN 4): it selects fact lines, and every
// analysis reads the selection. Values are names as the user sees them
// (country "France"), resolved to dictionary ids against the store.
//
// Two kinds of conditions (docs/metrics.md, "Filters"):
//  - line filters: date range, countries, categories, channels, payment
//    types, states, suppliers. They keep or drop single lines (select_lines
//    below); a line's supplier is its product's;
//  - customer filters: RFM segments and "only this cohort". A customer's
//    segment and cohort are computed on the lines the line filters keep
//    (the "base"); the filter then keeps every base line of the matching
//    customers and drops guest lines (analytics/slice.h does this).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct Filter {
  // --- line filters ---
  std::optional<Day> from;  // inclusive
  std::optional<Day> to;    // inclusive
  std::vector<std::string> countries;
  std::vector<std::string> categories;
  std::vector<std::string> channels;
  std::vector<std::string> payment_types;
  std::vector<std::string> states;     // as written in the data ("SP", "São Paulo"): the map adds every spelling
  std::vector<std::string> suppliers;  // supplier / vendor / brand of the line's product
  // --- customer filters ---
  std::vector<std::string> segments;  // RFM segment names or keys ("At Risk" or "at_risk")
  std::optional<MonthIndex> cohort;   // month of the customer's first sale in the base
  // --- option of the RFM analysis (also decides segment membership) ---
  std::optional<Day> snapshot;        // RFM "as of" day; default: day after the last sale in the base

  bool has_customer_filter() const { return !segments.empty() || cohort.has_value(); }
  bool empty() const {
    return !from && !to && countries.empty() && categories.empty() && channels.empty() &&
           payment_types.empty() && states.empty() && suppliers.empty() && !has_customer_filter() && !snapshot;
  }
  bool operator==(const Filter& o) const {
    return from == o.from && to == o.to && countries == o.countries && categories == o.categories &&
           channels == o.channels && payment_types == o.payment_types && states == o.states &&
           suppliers == o.suppliers && segments == o.segments &&
           cohort == o.cohort && snapshot == o.snapshot;
  }
  bool operator!=(const Filter& o) const { return !(*this == o); }
};

// A range of days, both ends included.
struct DayRange {
  Day from = 0;
  Day to = -1;  // inclusive; to < from = empty
  Day days() const { return to - from + 1; }
};

// Lines that count (sales and returns, never excluded lines), in the store's
// date order.
struct Selection {
  std::vector<uint32_t> lines;
  // Set when `lines` are every sale and return line of these days and no
  // other (no filter, or a date range alone): a pass that needs only sums
  // per order, customer and day may read the index's sale runs of those
  // days instead of the lines (analytics/fact_index.h (6)). Code that drops
  // lines from such a selection resets it.
  std::optional<DayRange> whole_days;
};

// The line filters only (segments and cohort are ignored here: they need the
// customer facts of analytics/slice.h).
Selection select_lines(const FactStore& store, const Filter& filter);

// The period the filter covers: its from/to, or the data's first/last day
// for a side it leaves open.
DayRange filter_period(const FactStore& store, const Filter& filter);

// The same filter moved to the period of equal length just before it (for
// deltas). Needs from and to; without them, the whole data's range is used.
Filter previous_period(const FactStore& store, const Filter& filter);

}  // namespace starcart
