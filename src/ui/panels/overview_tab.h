// Overview: KPI cards (value, delta vs the previous period, sparkline by
// month), revenue and orders by month as a bar and line combo with a hover
// crosshair (a click filters every panel to that month), and the slots for
// top categories, the payment mix and top countries, which need analyses
// that are not in this build yet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/report.h"
#include "core/date.h"

namespace starcart {

class OverviewTab {
 public:
  // `context`: the monthly series under the filter without its date range,
  // so the trend keeps its months and shows the selected period highlighted.
  // Returns the month clicked on the trend chart, if any.
  std::optional<MonthIndex> draw(const Report& report, const std::vector<MonthPoint>& context, const std::string& currency);
};

}  // namespace starcart
