// Delivery performance when the data has promised and actual delivery dates
// (Olist: order_estimated_delivery_date, order_delivered_customer_date)
// (docs/metrics.md, "Delivery"). Over the orders with a selected sale line:
//  - an order is measured when it has both dates; late when it arrived on a
//    later calendar day than promised (same day = on time);
//  - late share = late / measured; average delay = mean days late over the
//    late orders; days vs promise = mean (delivered - promised) over every
//    measured order (negative = early on average); delivery days = mean
//    (delivered - purchase day);
//  - by month of purchase and by the customer's state (the order's first
//    selected line's state; "" when not given);
//  - orders with a promise but no delivery date are counted as undelivered.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/filter.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct DeliveryGroup {
  std::string label;         // "2017-10", "SP", "" for the overall row or an unknown state
  int64_t orders = 0;        // measured orders
  int64_t late = 0;
  double late_share = 0;
  double avg_delay_days = 0;    // over the late orders; 0 when none is late
  double avg_vs_promise = 0;    // mean (delivered - promised) days
  double avg_delivery_days = 0; // mean (delivered - purchase) days
};

struct Delivery {
  bool has_dates = false;       // the data gives promised and delivered dates
  int64_t undelivered = 0;      // selected orders promised but without a delivery date
  DeliveryGroup overall;
  std::vector<DeliveryGroup> by_month;  // by month ascending
  std::vector<DeliveryGroup> by_state;  // by measured orders descending, then label
};

Delivery compute_delivery(const FactStore& store, const Selection& selection);

}  // namespace starcart
