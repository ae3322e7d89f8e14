#include "analytics/installments.h"

#include <algorithm>
#include <map>

namespace starcart {

std::vector<InstallmentRow> compute_installments(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  std::vector<InstallmentRow> out;
  bool any = false;
  for (const OrderPayment& p : s.payments) any = any || p.installments > 0;
  if (!any) return out;
  std::vector<uint8_t> selected(s.orders.size(), 0);
  for (uint32_t i : sel.lines) selected[s.order[i]] = 1;
  std::map<int32_t, InstallmentRow> rows;
  std::vector<std::pair<int32_t, uint32_t>> bucket_orders;  // an order counts once per bucket
  Money total = 0;
  for (const OrderPayment& p : s.payments) {
    if (p.order >= selected.size() || !selected[p.order]) continue;
    InstallmentRow& r = rows[p.installments];
    r.installments = p.installments;
    ++r.payments;
    r.value += p.value;
    total += p.value;
    bucket_orders.emplace_back(p.installments, p.order);
  }
  std::sort(bucket_orders.begin(), bucket_orders.end());
  bucket_orders.erase(std::unique(bucket_orders.begin(), bucket_orders.end()), bucket_orders.end());
  for (const auto& bo : bucket_orders) ++rows[bo.first].orders;
  for (auto& kv : rows) {
    kv.second.value_share = total != 0 ? static_cast<double>(kv.second.value) / static_cast<double>(total) : 0;
    out.push_back(kv.second);
  }
  return out;
}

}  // namespace starcart
