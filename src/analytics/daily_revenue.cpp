#include "analytics/daily_revenue.h"

namespace starcart {

void DailyRevenue::reset(const FactStore& s, const Selection& sel) {
  cents.clear();
  origin = kNoDay;
  if (sel.lines.empty()) return;
  origin = s.day[sel.lines.front()];
  cents.assign(static_cast<size_t>(s.day[sel.lines.back()] - origin + 1), 0);
}

DailyRevenue daily_revenue(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  DailyRevenue d;
  d.reset(s, sel);
  for (uint32_t i : sel.lines)
    if (s.kind[i] == LineKind::kSale) d.add(s.day[i], s.value[i]);
  return d;
}

}  // namespace starcart
