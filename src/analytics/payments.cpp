#include "analytics/payments.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

Payments compute_payments(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  Payments out;
  out.has_payment_types = s.payment_types.size() > 1;
  const size_t n = s.payment_types.size();
  std::vector<Money> revenue(n, 0);
  std::vector<int64_t> orders(n, 0), lines(n, 0);
  std::vector<uint8_t> seen(x.order_payment.count, 0);
  Money total = 0;
  int64_t order_total = 0;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t p = id_at(s.payment, i);
    revenue[p] += s.value[i];
    total += s.value[i];
    ++lines[p];
    const uint32_t key = x.order_payment.at(s.order, i);
    if (!seen[key]) {
      seen[key] = 1;
      ++orders[p];
      ++order_total;
    }
  }
  for (uint32_t p = 0; p < n; ++p) {
    if (lines[p] == 0) continue;
    PaymentRow r;
    r.payment = p;
    r.name = s.payment_types.at(p);
    r.orders = orders[p];
    r.order_share = static_cast<double>(orders[p]) / static_cast<double>(order_total);
    r.revenue = revenue[p];
    r.revenue_share = total != 0 ? static_cast<double>(revenue[p]) / static_cast<double>(total) : 0;
    r.lines = lines[p];
    out.types.push_back(r);
  }
  sort_rows(out.types, [](const PaymentRow& a, const PaymentRow& b) {
    if (a.revenue != b.revenue) return a.revenue > b.revenue;
    return a.name < b.name;
  });
  return out;
}

}  // namespace starcart
