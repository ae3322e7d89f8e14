#include "analytics/operations.h"

namespace starcart {

bool has_operations_data(const FactStore& s) {
  return !s.events.empty() || !s.stock.empty() || !s.order_promised.empty();
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
