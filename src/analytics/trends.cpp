#include "analytics/trends.h"

namespace starcart {

std::vector<MonthPoint> monthly_series(const FactStore& s, const Selection& sel) {
  std::vector<MonthPoint> out;
  if (sel.lines.empty()) return out;
  // Lines are in date order, so months arrive in order and a "last month
  // counted" stamp per order and per customer gives exact distinct counts.
  const MonthIndex first = month_index(s.day[sel.lines.front()]);
  const MonthIndex last = month_index(s.day[sel.lines.back()]);
  out.resize(static_cast<size_t>(last - first + 1));
  for (size_t k = 0; k < out.size(); ++k) out[k].month = first + static_cast<MonthIndex>(k);
  std::vector<MonthIndex> order_stamp(s.orders.size(), -1);
  std::vector<MonthIndex> customer_stamp(s.customers.size(), -1);
  // Cache: days in [month_start, month_end] belong to cur_month.
  Day month_start = 1, month_end = 0;
  MonthIndex cur_month = first;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    if (s.day[i] > month_end || s.day[i] < month_start) {
      cur_month = month_index(s.day[i]);
      month_start = month_first_day(cur_month);
      month_end = month_first_day(cur_month + 1) - 1;
    }
    MonthPoint& p = out[static_cast<size_t>(cur_month - first)];
    p.revenue += s.value[i];
    if (order_stamp[s.order[i]] != cur_month) {
      order_stamp[s.order[i]] = cur_month;
      ++p.orders;
    }
    uint32_t c = s.customer[i];
    if (c != 0 && customer_stamp[c] != cur_month) {
      customer_stamp[c] = cur_month;
      ++p.customers;
    }
  }
  return out;
}

}  // namespace starcart
