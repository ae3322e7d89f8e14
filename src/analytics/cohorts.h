// Cohorts (docs/metrics.md, "Cohorts"): a customer's cohort is the calendar
// month of their first sale in the selection. For each cohort and each
// offset k = 0, 1, ... (months after the cohort month, up to the last month
// of the selection):
//   active[k]    customers of the cohort with a sale in cohort month + k
//   retention[k] active[k] / size
//   revenue[k]   their sales revenue in that month
//   value[k]     historic customer value: revenue of offsets 0..k / size
// Guests are in no cohort. One pass: lines are in date order, so the first
// line met of a customer is their first sale.
#pragma once

#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct CohortRow {
  MonthIndex cohort = 0;
  int64_t size = 0;                 // customers whose first sale is in the cohort month
  std::vector<int64_t> active;      // by offset, offsets 0..last month − cohort
  std::vector<double> retention;    // active / size
  std::vector<Money> revenue;       // by offset
  std::vector<Money> value;         // cumulative revenue / size, rounded at 1/10,000
  Money total_revenue = 0;          // sum of revenue
  Money value_per_customer = 0;     // total_revenue / size (historic CLV)
};

struct Cohorts {
  MonthIndex last_month = 0;        // the selection's last month
  std::vector<CohortRow> rows;      // cohorts with at least one customer, oldest first
};

Cohorts compute_cohorts(const FactIndex& index, const Selection& selection);

}  // namespace starcart
