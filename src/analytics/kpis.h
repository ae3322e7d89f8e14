// Headline figures under a filter (docs/metrics.md has the rules):
// revenue = sum of sale line values; an order is a distinct order id among
// sale lines; customers are distinct non-guest customers with a sale; AOV =
// revenue / orders (rounded half away from zero at 1/10,000).
#pragma once

#include <cstdint>

#include "analytics/filter.h"
#include "core/money.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct Kpis {
  Money revenue = 0;
  Money return_value = 0;
  Money net_revenue = 0;   // revenue − return_value
  int64_t orders = 0;
  int64_t customers = 0;
  int64_t units = 0;       // items sold (sum of quantity on sale lines)
  int64_t sale_lines = 0;
  int64_t return_lines = 0;
  int64_t countries = 0;   // distinct known countries with a sale
  Money aov = 0;           // average order value
};

Kpis compute_kpis(const FactStore& store, const Selection& selection);

}  // namespace starcart
