#include "warehouse/fact_payments_load.h"

#include "warehouse/dim_load.h"

namespace starcart {

const std::vector<std::string>& payment_columns() {
  static const std::vector<std::string> kColumns = {"payment_line_key", "order_key", "payment_sequential", "date_key",
                                                    "customer_key",     "payment_key", "amount_e4",        "source"};
  return kColumns;
}

Result<RowBuffer> build_payments(LoadContext& c, const OrderFacts& orders) {
  RowBuffer rows(static_cast<int>(payment_columns().size()));
  if (c.store.payment_types.size() <= 1) return rows;  // the data names no payment type
  auto next = c.db.query_int("SELECT coalesce(max(payment_line_key), 0) + 1 FROM fact_payments");
  if (!next) return next.take_error();
  int64_t key = *next;
  for (const OrderTotals& o : orders.orders()) {
    if (o.item_count == 0 || o.payment_key == 0) continue;
    rows.integer(key++).integer(o.order_key).integer(1).integer(date_key(o.day)).integer(o.customer_key);
    rows.integer(o.payment_key).integer(o.revenue).text("order total");
  }
  c.summary.payments_appended = rows.row_count();
  return rows;
}

}  // namespace starcart
