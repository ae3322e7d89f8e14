// Deterministic stock snapshots for the demo shop: weekly (every Monday and
// the last day) units on hand per product of a demo CSV (demo_shop.h), from
// a simple replenishment simulation over the demo's own daily sales:
//   - each product starts with 45 days of its average demand; when on hand
//     plus on order falls to 14 days of demand, 45 days are ordered and
//     arrive after the lead time (7 days; 28 days for every 6th product, so
//     those run out while customers still buy them: stock-outs);
//   - every 15th product was over-bought (three times the start stock, no
//     reorders): slow movers once its sales fade;
//   - sales beyond the stock are back-ordered (on hand stays at 0);
//   - every 4th product also sits in a second location ("Outlet", a few units).
// Unit cost is 55 % of the product's first demo price. Columns:
// snapshot_date,sku,warehouse,on_hand,unit_cost
#pragma once

#include <string>

#include "ingest/demo_shop.h"

namespace starcart {

std::string generate_demo_stock_csv(const DemoOptions& shop);

// "demo-stock-50k-seed42.csv"
std::string demo_stock_file_name(const DemoOptions& shop);

}  // namespace starcart
