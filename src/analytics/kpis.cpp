#include "analytics/kpis.h"

#include <vector>

namespace starcart {

Kpis compute_kpis(const FactStore& s, const Selection& sel) {
  Kpis k;
  std::vector<uint8_t> seen_order(s.orders.size(), 0);
  std::vector<uint8_t> seen_customer(s.customers.size(), 0);
  std::vector<uint8_t> seen_country(s.countries.size(), 0);
  for (uint32_t i : sel.lines) {
    if (s.kind[i] == LineKind::kReturn) {
      k.return_value += s.value[i];
      ++k.return_lines;
      continue;
    }
    k.revenue += s.value[i];
    k.units += s.quantity[i];
    ++k.sale_lines;
    if (!seen_order[s.order[i]]) {
      seen_order[s.order[i]] = 1;
      ++k.orders;
    }
    uint32_t c = s.customer[i];
    if (c != 0 && !seen_customer[c]) {
      seen_customer[c] = 1;
      ++k.customers;
    }
    uint32_t g = s.country[i];
    if (g != 0 && !seen_country[g]) {
      seen_country[g] = 1;
      ++k.countries;
    }
  }
  k.net_revenue = k.revenue - k.return_value;
  k.aov = div_round(k.revenue, k.orders);
  return k;
}

}  // namespace starcart
