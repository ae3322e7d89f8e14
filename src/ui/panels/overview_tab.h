// Overview: KPI cards (value, delta vs the previous period, sparkline by
// month), revenue and orders by month as a bar and line combo with a hover
// crosshair (a click filters every panel to that month), and a bottom row of
// top categories (bars), the payment mix (donut) and top countries (bars);
// a click on a category, a payment type or a country toggles it in the
// filter (cross-filtering). Right of the trend, the Insights panel
// (insights_panel.h): a click on an insight is reported by clicked_insight().
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/insights/insights.h"
#include "analytics/overview.h"
#include "core/date.h"
#include "ui/panels/insights_panel.h"

namespace starcart {

// What the Overview draws: the Analyzer's overview(), products(),
// payments() and geography() for `filter`.
struct OverviewData {
  const Overview& overview;
  const Filter& filter;
  const Insights* insights = nullptr;  // null while not computed yet (the panel shows loading)
};

class OverviewTab {
 public:
  // `context`: the monthly series under the filter without its date range,
  // so the trend keeps its months and shows the selected period highlighted.
  // Returns the month clicked on the trend chart, if any. A click on a
  // category, payment type or country toggles it in `filter` and sets
  // `filter_changed`.
  std::optional<MonthIndex> draw(const OverviewData& data, const std::vector<MonthPoint>& context,
                                 const std::string& currency, Filter& filter, bool& filter_changed);
  // The insight clicked in the last draw, if any (its index in data.insights).
  std::optional<size_t> clicked_insight() const { return clicked_insight_; }

 private:
  void draw_bottom_row(const OverviewData& data, const std::string& currency, float height, Filter& filter,
                       bool& filter_changed);
  InsightsPanel insights_;
  std::optional<size_t> clicked_insight_;
};

}  // namespace starcart
