// Per-customer facts over a selection, in flat arrays indexed by customer id
// (one pass, no hash maps): the input of RFM, of the segment and cohort
// filters and of the customer tables. Only sale lines of known customers
// count (guests are in no customer analysis).
#pragma once

#include <cstdint>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct CustomerStats {
  // Per customer id (size = customers dictionary); kNoDay / 0 when the
  // customer has no sale in the selection.
  std::vector<Day> first_day;      // first sale day
  std::vector<Day> last_day;       // last sale day
  std::vector<int32_t> orders;     // distinct orders with a sale line (RFM frequency)
  std::vector<Money> revenue;      // sum of sale values (RFM monetary)
  // Customers with a sale, in order of their first sale (ties: line order).
  std::vector<uint32_t> active;
  // Latest sale day in the selection, guests included; kNoDay when no sale.
  Day last_sale_day = kNoDay;
};

CustomerStats compute_customer_stats(const FactIndex& index, const Selection& selection);

}  // namespace starcart
