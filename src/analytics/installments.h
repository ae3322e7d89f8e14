// Installments under a filter, from the payments file of a dataset that has
// one (Olist's payment_installments): per number of installments, the
// payment rows, the distinct orders and the value paid, over the orders
// that have a selected line. Rows by number of installments ascending; 0 =
// the payment row does not say. Empty when the data has no payments file or
// no row gives installments.
#pragma once

#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct InstallmentRow {
  int32_t installments = 0;
  int64_t payments = 0;    // payment rows
  int64_t orders = 0;      // distinct orders
  Money value = 0;         // sum of the payment values
  double value_share = 0;  // of the value of every row listed
};

std::vector<InstallmentRow> compute_installments(const FactIndex& index, const Selection& selection);

}  // namespace starcart
