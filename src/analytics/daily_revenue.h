// Sale revenue per day of a selection, summed exactly in money units: the
// revenue-only forecast's input (the Overview's anomaly insights). A pass
// that already walks the lines for something else fills it on the way
// (analytics/customer_stats.h), so the Overview reads the lines once.
#pragma once

#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct DailyRevenue {
  Day origin = kNoDay;       // the day of cents[0]: the selection's first line's day
  std::vector<Money> cents;  // per day origin .. origin + size − 1 (0 on a day without sales)

  // Sized for a selection (lines in date order); empty for no lines.
  void reset(const FactStore& store, const Selection& selection);
  void add(Day d, Money v) { cents[static_cast<size_t>(d - origin)] += v; }
};

// The sums of a selection's sale lines (guests included).
DailyRevenue daily_revenue(const FactIndex& index, const Selection& selection);

}  // namespace starcart
