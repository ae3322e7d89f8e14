#include "warehouse/fact_payments_load.h"

#include <algorithm>
#include <unordered_set>

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
  const FactStore& s = c.store;
  if (!s.payments.empty()) {
    // A payments file: its rows as written (several per order, vouchers and
    // instalments included), each on its order's date and customer.
    std::vector<int32_t> totals_of(s.orders.size(), -1);
    for (size_t k = 0; k < orders.orders().size(); ++k) {
      const uint32_t id = orders.orders()[k].order;
      if (id < totals_of.size()) totals_of[id] = static_cast<int32_t>(k);
    }
    // payment_sequential is unique per order: the file's number where it
    // gives one (first use), else the next number after the order's highest.
    std::vector<int32_t> highest(s.orders.size(), 0);
    for (const OrderPayment& p : s.payments)
      if (p.order < highest.size()) highest[p.order] = std::max(highest[p.order], p.sequential);
    std::unordered_set<uint64_t> taken;
    for (size_t r = 0; r < s.payments.size(); ++r) {
      const OrderPayment& p = s.payments[r];
      if (c.payment_row_key[r] == 0 || p.order >= totals_of.size() || totals_of[p.order] < 0) continue;
      const OrderTotals& o = orders.orders()[static_cast<size_t>(totals_of[p.order])];
      int32_t seq = p.sequential;
      if (seq <= 0 || !taken.insert((uint64_t{p.order} << 32) | static_cast<uint32_t>(seq)).second) {
        seq = ++highest[p.order];
        taken.insert((uint64_t{p.order} << 32) | static_cast<uint32_t>(seq));
      }
      rows.integer(key++).integer(o.order_key).integer(seq);
      rows.integer(date_key(o.day)).integer(o.customer_key).integer(c.payment_row_key[r]).integer(p.value);
      rows.text("payments file");
    }
    c.summary.payments_appended = rows.row_count();
    return rows;
  }
  for (const OrderTotals& o : orders.orders()) {
    if (o.item_count == 0 || o.payment_key == 0) continue;
    rows.integer(key++).integer(o.order_key).integer(1).integer(date_key(o.day)).integer(o.customer_key);
    rows.integer(o.payment_key).integer(o.revenue).text("order total");
  }
  c.summary.payments_appended = rows.row_count();
  return rows;
}

}  // namespace starcart
