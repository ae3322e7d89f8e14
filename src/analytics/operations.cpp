#include "analytics/operations.h"

#include <algorithm>

namespace starcart {

bool has_operations_data(const FactStore& s) {
  return !s.events.empty() || !s.stock.empty() || !s.order_promised.empty();
}

DayRange operations_period(const FactStore& s, const Filter& filter) {
  DayRange p = filter_period(s, filter);
  bool any = false;
  Day lo = 0, hi = 0;
  auto see = [&](Day d) {
    lo = any ? std::min(lo, d) : d;
    hi = any ? std::max(hi, d) : d;
    any = true;
  };
  for (const EventFact& e : s.events) see(e.day);
  for (const StockFact& f : s.stock) see(f.day);
  if (!any) return p;
  const bool empty = p.to < p.from;
  if (!filter.from) p.from = empty ? lo : std::min(p.from, lo);
  if (!filter.to) p.to = empty ? hi : std::max(p.to, hi);
  return p;
}

Operations compute_operations(const FactStore& store, const Selection& selection, const DayRange& period,
                              const InventoryOptions& inventory) {
  Operations o;
  o.funnel = compute_funnel(store, period);
  o.inventory = compute_inventory(store, selection, period, inventory);
  o.delivery = compute_delivery(store, selection);
  return o;
}

}  // namespace starcart
