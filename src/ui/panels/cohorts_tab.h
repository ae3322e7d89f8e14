// Cohorts: the cohort x months-since-first-order heatmap with a toggle
// between active customers, retention % and revenue, a colour legend, values
// in cells that fit them, a tooltip per cell, and a click on a cell filtering
// every panel to that cohort (again: clears it); below it the average
// retention curve (charts/cohort_curve.h).
#pragma once

#include <string>

#include "analytics/cohorts.h"
#include "analytics/filter.h"

namespace starcart {

enum class CohortMeasure : uint8_t { kCustomers, kRetention, kRevenue };

class CohortsTab {
 public:
  // Returns true when a click changed `filter` (its cohort).
  // `loading`: draw the loading state.
  bool draw(const Cohorts& c, const std::string& currency, Filter& filter, bool loading = false);
  CohortMeasure measure() const { return measure_; }

 private:
  CohortMeasure measure_ = CohortMeasure::kRetention;
};

}  // namespace starcart
