// The Operations section: funnel (funnel.h), inventory (inventory.h) and
// delivery (delivery.h) under one filter, present when the data has an event
// log, a stock file or delivery dates.
#pragma once

#include "analytics/delivery.h"
#include "analytics/funnel.h"
#include "analytics/inventory.h"

namespace starcart {

struct Operations {
  Funnel funnel;
  Inventory inventory;
  Delivery delivery;
  bool any() const { return funnel.has_events || inventory.has_stock || delivery.has_dates; }
};

// Whether the store has anything the Operations section shows.
bool has_operations_data(const FactStore& store);

// The filter's period; a side the filter leaves open reaches the first / last
// event or stock day too (a stock snapshot taken after the last sale counts).
DayRange operations_period(const FactStore& store, const Filter& filter);

Operations compute_operations(const FactStore& store, const Selection& selection, const DayRange& period,
                              const InventoryOptions& inventory = {});

}  // namespace starcart
