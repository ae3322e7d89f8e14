// Time series under a filter. Months run without gaps from the first to the
// last month of the selection (a month with no sale shows as zero).
#pragma once

#include <vector>

#include "analytics/filter.h"
#include "core/date.h"
#include "core/money.h"

namespace starcart {

struct MonthPoint {
  MonthIndex month = 0;
  Money revenue = 0;
  int64_t orders = 0;     // distinct orders with a sale line in the month
  int64_t customers = 0;  // distinct non-guest customers with a sale in the month
};

std::vector<MonthPoint> monthly_series(const FactStore& store, const Selection& selection);

}  // namespace starcart
