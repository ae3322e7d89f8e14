// Payment mix under a filter: per payment type, orders (by count) and sales
// revenue (by value) with their shares. An order paid two ways counts once
// under each type. Lines without a payment type are the row with id 0 (all
// of them when the data has no payment column). Rows by revenue descending,
// ties by name.
//
// Installments: the FactStore carries no installments column yet, so there
// is no installment mix (docs/report-json.md says so).
#pragma once

#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct PaymentRow {
  uint32_t payment = 0;      // payment type id; 0 = not given
  std::string_view name;     // "" for id 0
  int64_t orders = 0;
  double order_share = 0;    // orders / sum of orders over the rows
  Money revenue = 0;
  double revenue_share = 0;  // of the selection's sales revenue
  int64_t lines = 0;         // sale lines
};

struct Payments {
  bool has_payment_types = false;  // the data names payment types
  std::vector<PaymentRow> types;
};

Payments compute_payments(const FactIndex& index, const Selection& selection);

}  // namespace starcart
