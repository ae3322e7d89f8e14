// Inventory from stock snapshots and the sales of the selection (docs/metrics.md,
// "Inventory"). Per product that a stock file lists and the order lines know:
//  - on hand: the units of its latest snapshot on or before the period's end
//    (all locations of that day summed); `as_of` is that day;
//  - average daily units: units sold in the `cover_window` days ending at
//    as_of, divided by cover_window; days of cover = on hand / that average
//    (none when nothing sold in the window);
//  - turnover: units sold in the period / average on hand over the product's
//    snapshot days in the period (its as_of figure when it has none there);
//  - zero days: snapshot days in the period with 0 on hand; stock-out days:
//    those with demand, a sale within `demand_window` days before or after;
//  - slow mover: on hand > 0 and no sale in the `slow_mover_days` days ending
//    at as_of.
// Sales are the selection's sale lines (line filters apply); stock rows are
// filtered by date only.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "analytics/filter.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct InventoryOptions {
  int cover_window = 30;
  int demand_window = 30;
  int slow_mover_days = 90;
};

struct InventoryRow {
  uint32_t product = 0;
  std::string_view sku, name;
  Day as_of = 0;
  int64_t on_hand = 0;
  Money stock_value = 0;         // on hand × the latest unit cost a stock row gives; 0 without one
  bool has_cost = false;
  int64_t units_in_window = 0;   // sold in the cover window
  double avg_daily_units = 0;
  double days_of_cover = -1;     // -1: nothing sold in the window (infinite cover)
  int64_t units_in_period = 0;
  double avg_on_hand = 0;
  double turnover = -1;          // -1: average on hand is 0
  int64_t zero_days = 0;
  int64_t stockout_days = 0;
  Day last_sale = INT32_MIN;     // last sale on or before as_of; INT32_MIN: none
  bool slow_mover = false;
};

struct Inventory {
  bool has_stock = false;        // the data has a stock file
  InventoryOptions options;
  Day as_of = 0;                 // latest snapshot used (of any product)
  int64_t products = 0;          // rows
  int64_t on_hand = 0;
  Money stock_value = 0;
  bool has_cost = false;
  int64_t out_of_stock = 0;      // products at 0 on hand at their as_of
  int64_t stockout_days = 0;     // sum over products
  int64_t slow_movers = 0;
  double days_of_cover = -1;     // total on hand / total average daily units; -1: no sales
  double turnover = -1;          // total units in the period / total average on hand; -1: no stock
  int64_t unknown_product_rows = 0;  // stock rows of products no order line has (not in the rows)
  std::vector<InventoryRow> rows;    // by on hand descending, then SKU
};

Inventory compute_inventory(const FactStore& store, const Selection& selection, const DayRange& period,
                            const InventoryOptions& options = {});

}  // namespace starcart
