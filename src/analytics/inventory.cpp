#include "analytics/inventory.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <map>

namespace starcart {

namespace {

// A product's sales as (day, units) in day order, with running totals, so a
// window's units are two binary searches.
struct DailySales {
  std::vector<Day> day;
  std::vector<int64_t> cumulative;  // units up to and including day[i]
  int64_t units(Day from, Day to) const {  // inclusive
    if (day.empty() || to < from) return 0;
    auto hi = std::upper_bound(day.begin(), day.end(), to) - day.begin();
    auto lo = std::lower_bound(day.begin(), day.end(), from) - day.begin();
    if (hi <= lo) return 0;
    return cumulative[static_cast<size_t>(hi - 1)] - (lo > 0 ? cumulative[static_cast<size_t>(lo - 1)] : 0);
  }
  Day last_on_or_before(Day d) const {
    auto it = std::upper_bound(day.begin(), day.end(), d);
    return it == day.begin() ? INT32_MIN : *(it - 1);
  }
};

}  // namespace

Inventory compute_inventory(const FactStore& s, const Selection& selection, const DayRange& period,
                            const InventoryOptions& o) {
  Inventory inv;
  inv.options = o;
  inv.has_stock = !s.stock.empty();
  if (!inv.has_stock) return inv;
  // Snapshots per product: day -> units (locations summed), with the latest cost.
  std::vector<std::map<Day, int64_t>> snapshots(s.products.size());
  std::vector<Money> cost(s.products.size(), INT64_MIN);
  std::vector<Day> cost_day(s.products.size(), INT32_MIN);
  for (const StockFact& f : s.stock) {
    if (f.day > period.to) continue;
    if (f.product == 0) {
      ++inv.unknown_product_rows;
      continue;
    }
    snapshots[f.product][f.day] += f.on_hand;
    if (f.unit_cost != INT64_MIN && f.day >= cost_day[f.product]) {
      cost[f.product] = f.unit_cost;
      cost_day[f.product] = f.day;
    }
  }
  // Sales per product (selection lines are in day order).
  std::vector<DailySales> sales(s.products.size());
  for (uint32_t i : selection.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    DailySales& d = sales[s.product[i]];
    if (d.day.empty() || d.day.back() != s.day[i]) {
      d.day.push_back(s.day[i]);
      d.cumulative.push_back(d.cumulative.empty() ? 0 : d.cumulative.back());
    }
    d.cumulative.back() += s.quantity[i];
  }
  int64_t total_window_units = 0, total_period_units = 0;
  double total_avg_on_hand = 0;
  for (uint32_t p = 1; p < snapshots.size(); ++p) {
    const auto& snap = snapshots[p];
    if (snap.empty()) continue;
    const DailySales& d = sales[p];
    InventoryRow r;
    r.product = p;
    r.sku = s.products.at(p);
    r.name = p < s.product_name.size() ? s.product_names.at(s.product_name[p]) : std::string_view();
    r.as_of = snap.rbegin()->first;
    r.on_hand = snap.rbegin()->second;
    r.has_cost = cost[p] != INT64_MIN;
    r.stock_value = r.has_cost ? r.on_hand * cost[p] : 0;
    r.units_in_window = d.units(r.as_of - o.cover_window + 1, r.as_of);
    r.avg_daily_units = static_cast<double>(r.units_in_window) / o.cover_window;
    r.days_of_cover = r.units_in_window > 0 ? static_cast<double>(r.on_hand) / r.avg_daily_units : -1;
    r.units_in_period = d.units(period.from, period.to);
    int64_t in_period = 0, sum = 0;
    for (const auto& [day, units] : snap) {
      if (day < period.from) continue;
      ++in_period;
      sum += units;
      if (units != 0) continue;
      ++r.zero_days;
      if (d.units(day - o.demand_window, day - 1) > 0 || d.units(day + 1, day + o.demand_window) > 0) ++r.stockout_days;
    }
    r.avg_on_hand = in_period > 0 ? static_cast<double>(sum) / static_cast<double>(in_period)
                                  : static_cast<double>(r.on_hand);
    r.turnover = r.avg_on_hand > 0 ? static_cast<double>(r.units_in_period) / r.avg_on_hand : -1;
    r.last_sale = d.last_on_or_before(r.as_of);
    r.slow_mover = r.on_hand > 0 && d.units(r.as_of - o.slow_mover_days + 1, r.as_of) == 0;
    inv.as_of = inv.rows.empty() ? r.as_of : std::max(inv.as_of, r.as_of);
    inv.on_hand += r.on_hand;
    inv.stock_value += r.stock_value;
    inv.has_cost = inv.has_cost || r.has_cost;
    if (r.on_hand == 0) ++inv.out_of_stock;
    inv.stockout_days += r.stockout_days;
    if (r.slow_mover) ++inv.slow_movers;
    total_window_units += r.units_in_window;
    total_period_units += r.units_in_period;
    total_avg_on_hand += r.avg_on_hand;
    inv.rows.push_back(r);
  }
  inv.products = static_cast<int64_t>(inv.rows.size());
  if (total_window_units > 0)
    inv.days_of_cover = static_cast<double>(inv.on_hand) / (static_cast<double>(total_window_units) / o.cover_window);
  if (total_avg_on_hand > 0) inv.turnover = static_cast<double>(total_period_units) / total_avg_on_hand;
  sort_rows(inv.rows, [](const InventoryRow& a, const InventoryRow& b) {
    return a.on_hand != b.on_hand ? a.on_hand > b.on_hand : a.sku < b.sku;
  });
  return inv;
}

}  // namespace starcart
