// One view state (DESIGN 8): what the user looks at and how it is filtered.
// It serializes to the URL hash for share links (no data, no ids).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "analytics/filter.h"
#include "ui/filter_model.h"

namespace starcart {

enum class Tab : uint8_t {
  kOverview,
  kImport,
  // Customers, Cohorts and Products (issue 7).
  kCustomers,
  kCohorts,
  kProducts,
  // Geography, Trends, Returns, Payments and Data (issue 7).
  kGeography,
  kTrends,
  kReturns,
  kPayments,
  kData,
  // Predict (issue 10): CLV, churn, bought together, forecast.
  kPredict,
  // Compare (issue 11): two periods side by side.
  kCompare,
  // Experiments (issue 11): the A/B test readout, shown when the data has a variant column.
  kExperiments,
  // Operations: funnel, inventory, delivery (shown when the data has them).
  kOperations,
  // Marketing (issue 10): channels, campaigns, attribution, spend (shown when the data has channels or spend).
  kMarketing,
};

const char* tab_key(Tab tab);  // "overview", "import", "customers", ..., "data", "predict", "compare", "experiments", "operations", "marketing"

struct ViewState {
  Tab tab = Tab::kOverview;
  Filter filter;
  bool demo = false;        // the data is the built-in demo shop
  int64_t demo_lines = 0;
  uint64_t demo_seed = 0;
  DatePreset date_preset = DatePreset::kAll;  // how the filter's dates were chosen (for its chip)
  bool dark = false;        // the dark theme
  bool gallery = false;     // the chart kit's gallery instead of data (#gallery)
  // Chart options by key ("trends.metric" -> "orders"): part of share links
  // (ui/view_link.h) as o.KEY=VALUE. Tabs read and write their own keys.
  std::map<std::string, std::string> options;
  bool mask_pii = false;    // customer ids, emails and names hidden on screen and in exports
};

}  // namespace starcart
