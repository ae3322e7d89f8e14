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

// compute_cohorts's counting, for a pass over the lines that does other
// work too (the customer pass, analytics/customer_stats.h): reset for the
// selection, then for each sale of a known customer, in date order, the
// cell of (customer, month) and its revenue; finish() gives what
// compute_cohorts would.
class CohortCounter {
 public:
  void reset(const FactStore& store, const Selection& selection);
  // Customer c (not 0) has a sale in month m: the first month met is the
  // cohort; c counts as active once per month. Returns the cell to add the
  // sale's revenue to.
  size_t enter(uint32_t c, MonthIndex m) {
    MonthIndex& cohort = cohort_of_[c];
    if (cohort == INT32_MIN) {
      cohort = m;
      ++size_[static_cast<size_t>(m - first_)];
    }
    const size_t cell = static_cast<size_t>(cohort - first_) * months_ + static_cast<size_t>(m - cohort);
    if (counted_[c] != m) {
      counted_[c] = m;
      ++active_[cell];
    }
    return cell;
  }
  void add_revenue(size_t cell, Money v) { revenue_[cell] += v; }
  Cohorts finish() const;

 private:
  bool empty_ = true;
  MonthIndex first_ = 0, last_ = 0;
  size_t months_ = 0;
  // Dense months × months matrices (cohort, offset): sized by the calendar.
  std::vector<int64_t> size_, active_;
  std::vector<Money> revenue_;
  std::vector<MonthIndex> cohort_of_;  // per customer; INT32_MIN = not met yet
  std::vector<MonthIndex> counted_;    // per customer: last month counted active
};

}  // namespace starcart
