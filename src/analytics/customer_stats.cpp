#include "analytics/customer_stats.h"

namespace starcart {

CustomerStats compute_customer_stats(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  const size_t customers = s.customers.size();
  CustomerStats c;
  c.of.assign(customers, CustomerFacts{});
  std::vector<uint8_t> seen_pair(x.order_customer.count, 0);
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const Day d = s.day[i];
    c.last_sale_day = d;  // lines are in date order
    const uint32_t k = s.customer[i];
    if (k == 0) continue;
    CustomerFacts& f = c.of[k];
    if (f.first_day == kNoDay) {
      f.first_day = d;
      c.active.push_back(k);
    }
    f.last_day = d;
    f.revenue += s.value[i];
    const uint32_t pair = x.order_customer.at(s.order, i);
    if (!seen_pair[pair]) {
      seen_pair[pair] = 1;
      ++f.orders;
    }
  }
  return c;
}

}  // namespace starcart
