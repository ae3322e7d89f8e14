// Customer analyses under a filter (guests are in none of them):
//  (1) the RFM table and the segment summary (analytics/rfm.h), scored on
//      the slice's base and shown for the customers the customer filters keep;
//  (2) days between orders: for each customer, the gaps in days between
//      consecutive orders (an order's day is the day of its first sale line
//      in the selection; two orders on one day make a gap of 0); the median
//      and mean over all gaps of all customers;
//  (3) new vs returning customers by month: a customer active in a month is
//      new when their first sale in the whole data falls in that month.
// Historic customer value per cohort is in analytics/cohorts.h.
#pragma once

#include <optional>
#include <vector>

#include "analytics/rfm.h"
#include "analytics/slice.h"

namespace starcart {

struct OrderGaps {
  int64_t gaps = 0;                    // number of gaps (orders after a customer's first)
  int64_t repeat_customers = 0;        // customers with 2 or more orders
  std::optional<double> median_days;   // median of all gaps (mean of the middle two for an even count)
  std::optional<double> mean_days;
};

struct NewReturningPoint {
  MonthIndex month = 0;
  int64_t new_customers = 0;
  int64_t returning_customers = 0;
  Money new_revenue = 0;        // sales revenue of the month's new customers
  Money returning_revenue = 0;  // ... and of its returning customers
};

struct CustomerAnalysis {
  Day snapshot = kNoDay;               // the RFM snapshot (kNoDay: no customer)
  bool snapshot_set_by_user = false;
  int64_t scored_customers = 0;        // N of the score formula (customers in the base)
  std::vector<RfmRow> rfm;             // (1) kept customers, in order of first sale
  std::vector<SegmentRow> segments;    // (1) all segments, in Segment order
  OrderGaps gaps;                      // (2)
  std::vector<NewReturningPoint> new_vs_returning;  // (3) every month of the selection
};

OrderGaps order_gaps(const FactIndex& index, const Selection& selection);
std::vector<NewReturningPoint> new_vs_returning(const FactIndex& index, const Selection& selection);

// Computes the slice's customer facts if missing.
CustomerAnalysis compute_customers(const FactIndex& index, Slice& slice);

}  // namespace starcart
