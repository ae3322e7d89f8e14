// Suppliers under a filter (docs/metrics.md, "Suppliers"): when products
// carry a supplier / vendor / brand (Role::kSupplier), per supplier its
// revenue, orders, units, products sold, margin when the data gives costs,
// and returns. A line's supplier is its product's (FactStore::
// product_supplier); products without one are the "(no supplier)" row.
//  - margin = revenue − Σ quantity × unit cost over the supplier's sale
//    lines, defined only when every one of them has a cost (else null, and
//    cost_coverage says how many do);
//  - return rate by value = return value / revenue of the supplier's lines;
//  - stock-outs need an inventory file; without one they are not computed
//    (has_stock = false: "n/a without a stock file").
// Rows by revenue descending, ties by name.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct SupplierRow {
  uint32_t id = 0;              // id in FactStore::suppliers; 0 = no supplier given
  std::string_view name;        // "" for id 0
  Money revenue = 0;
  double revenue_share = 0;     // of the selection's revenue
  int64_t orders = 0;           // distinct orders with a sale line of the supplier
  int64_t units = 0;
  int64_t products = 0;         // distinct products sold
  int64_t sale_lines = 0;
  int64_t costed_lines = 0;     // sale lines with a unit cost
  std::optional<Money> cost;    // when every sale line has a cost
  std::optional<Money> margin;
  std::optional<double> margin_rate;  // margin / revenue
  Money return_value = 0;
  int64_t return_lines = 0;
  std::optional<double> return_rate;  // return value / revenue
};

struct Suppliers {
  bool has_suppliers = false;  // the data names suppliers
  bool has_cost = false;       // the data gives unit costs
  bool has_stock = false;      // an inventory file is loaded (stock-outs)
  std::vector<SupplierRow> rows;
};

Suppliers compute_suppliers(const FactIndex& index, const Selection& selection);

}  // namespace starcart
