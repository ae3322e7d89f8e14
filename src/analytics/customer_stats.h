// Per-customer facts over a selection, in flat arrays indexed by customer id
// (one pass, no hash maps): the input of RFM, of the segment and cohort
// filters and of the customer tables. Only sale lines of known customers
// count (guests are in no customer analysis).
#pragma once

#include <cstdint>
#include <vector>

#include "analytics/cohorts.h"
#include "analytics/daily_revenue.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

// One customer's facts; kNoDay / 0 when the customer has no sale in the
// selection. One struct per customer: the pass touches one cache line per
// line, not four.
struct CustomerFacts {
  Day first_day = kNoDay;  // first sale day
  Day last_day = kNoDay;   // last sale day
  int32_t orders = 0;      // distinct orders with a sale line (RFM frequency)
  Money revenue = 0;       // sum of sale values (RFM monetary)
};

struct CustomerStats {
  std::vector<CustomerFacts> of;   // per customer id (size = customers dictionary)
  // Customers with a sale, in order of their first sale (ties: line order).
  std::vector<uint32_t> active;
  // Latest sale day in the selection, guests included; kNoDay when no sale.
  Day last_sale_day = kNoDay;
};

CustomerStats compute_customer_stats(const FactIndex& index, const Selection& selection);

// The same, and in the same pass the facts over the selection's lines up to
// day `cut` (inclusive) into `before` (the lines are in date order): what a
// second call on the lines up to `cut` would give, for the cost of one copy
// of the facts array (the segment insight scores both).
CustomerStats compute_customer_stats(const FactIndex& index, const Selection& selection, Day cut,
                                     CustomerStats& before);

}  // namespace starcart

namespace starcart {

// What the customer pass can count on the way, for a caller that needs it
// on the same lines: the Overview's insights at a million lines read the
// lines once for the customer facts, the cohorts and the revenue per day,
// not three times. Each is reset by the caller for the same selection.
struct CustomerPassExtras {
  CohortCounter* cohorts = nullptr;  // gives compute_cohorts(index, selection)
  DailyRevenue* daily = nullptr;     // gives daily_revenue(index, selection)
};

// The customer facts (and, with `before`, those up to `cut` as above), and
// the extras in the same pass.
CustomerStats compute_customer_stats(const FactIndex& index, const Selection& selection, Day cut,
                                     CustomerStats* before, const CustomerPassExtras& extras);

}  // namespace starcart
