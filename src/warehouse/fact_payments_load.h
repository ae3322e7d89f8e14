// Load step 6, fact_payments. The one place that decides where payment rows
// come from, so that per-order payment rows in the data (several per order,
// with installments, as Olist's payments file has) slot in here:
//   - today the store has a payment type per line, so each appended sale
//     order with a known payment type gets one row for its revenue
//     (source 'order total');
//   - data without payment types gets no payment rows (nothing is invented).
#pragma once

#include "warehouse/fact_orders_load.h"
#include "warehouse/load_context.h"
#include "warehouse/row_buffer.h"

namespace starcart {

Result<RowBuffer> build_payments(LoadContext& c, const OrderFacts& orders);
const std::vector<std::string>& payment_columns();

}  // namespace starcart
