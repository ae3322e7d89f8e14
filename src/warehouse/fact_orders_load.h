// Load step 3, fact_orders: one row per appended order, its totals summed
// from its lines by the rules of docs/metrics.md. Numbers the orders (in the
// order of their first line, so keys follow dates), puts each order's lines
// together (the context's per-line vectors are reordered: an order's lines
// become one line_key range) and numbers the lines within each order.
// order_key is left to SQLite, as line_key is (fact_sales_load.h).
#pragma once

#include <string>
#include <vector>

#include "warehouse/load_context.h"
#include "warehouse/sqlite_bulk.h"

namespace starcart {

struct OrderTotals {
  uint32_t order = 0;          // store order id
  int64_t order_key = 0;
  int64_t first_line_key = 0;
  Day day = kNullDay;          // of the first line
  int32_t second = -1;
  int64_t customer_key = 0, geography_key = 0, channel_key = 0, payment_key = 0;
  int64_t line_count = 0, item_count = 0, units = 0;
  Money gross = 0, discount = 0, revenue = 0;
  int64_t return_units = 0;
  Money return_value = 0;
  Money cost = 0;
  bool cost_known = true;      // every sale line has a cost
  bool has_return = false;
  int64_t file_key = 0;
};

class OrderFacts final : public RowSource {
 public:
  // Sums the appended lines; fills c.order_key and c.line_number.
  explicit OrderFacts(LoadContext& c);
  static const std::vector<std::string>& columns();
  int64_t row_count() const override { return static_cast<int64_t>(orders_.size()); }
  void row(int64_t row, RowWriter& out) const override;
  const std::vector<OrderTotals>& orders() const { return orders_; }

 private:
  const LoadContext& c_;
  std::vector<OrderTotals> orders_;
};

}  // namespace starcart
