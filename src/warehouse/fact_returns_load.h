// Load step 5, fact_returns: one row per appended return line, linked to the
// sale it returns where the data allows:
//   (1) 'same order': a sale line of the same product in the return's order
//       (a negative line inside an order);
//   (2) 'latest earlier sale': else the customer's most recent sale of that
//       product before the return (date, then time, then load order), looked
//       for in this load and, on later loads, in the warehouse;
//   (3) otherwise unlinked (guests, or the sale is older than the data).
// The reason is the data's when a file has a return-reason column.
#pragma once

#include "warehouse/fact_sales_load.h"
#include "warehouse/load_context.h"
#include "warehouse/row_buffer.h"

namespace starcart {

// Rows for fact_returns, in the order of return_columns().
Result<RowBuffer> build_returns(LoadContext& c, const LineFacts& lines);
const std::vector<std::string>& return_columns();

}  // namespace starcart
