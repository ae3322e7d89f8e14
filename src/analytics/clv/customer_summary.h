// (1) of the lifetime-value pipeline: the per-customer summary the models
// fit on, from the selected sale lines. A purchase is a day with a sale
// line (several orders on one day are one purchase, as in Fader & Hardie's
// CDNOW data). Time is in weeks; the calibration period runs from the
// selection's first day to `calibration_end` (inclusive), the holdout from
// the day after to `holdout_end` (inclusive; none when holdout_end ≤
// calibration_end). Customers whose first purchase is after the calibration
// period are not in it.
#pragma once

#include <vector>

#include "analytics/clv/rfm_summary.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart::clv {

struct CalibrationSummary {
  std::vector<uint32_t> customer;         // customer ids, in order of first purchase
  std::vector<CustomerSummary> summary;   // per entry of `customer`, calibration period
  std::vector<int32_t> holdout_purchases; // per entry: purchase days in the holdout
  std::vector<double> calibration_value;  // per entry: value of all calibration purchases
  double holdout_weeks = 0;               // length of the holdout (0 = none)
};

// `keep` (per customer id, empty = all) drops customers the filter excludes.
CalibrationSummary summarize_customers(const FactIndex& index, const Selection& selection, Day calibration_end,
                                       Day holdout_end, const std::vector<uint8_t>& keep = {});

}  // namespace starcart::clv
