// Headline figures under a filter (docs/metrics.md has the rules):
// revenue = sum of sale line values; an order is a distinct order id among
// sale lines; customers are distinct non-guest customers with a sale; AOV =
// revenue / orders (rounded half away from zero at 1/10,000). Each figure
// comes with its value in the previous period of equal length.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "core/money.h"

namespace starcart {

struct Kpis {
  Money revenue = 0;
  Money return_value = 0;
  Money net_revenue = 0;   // revenue − return_value
  int64_t orders = 0;
  int64_t customers = 0;
  int64_t units = 0;       // items sold (sum of quantity on sale lines)
  int64_t sale_lines = 0;
  int64_t return_lines = 0;
  int64_t countries = 0;   // distinct known countries with a sale
  Money aov = 0;           // average order value
  // Ratios; nullopt when the denominator is 0.
  std::optional<double> items_per_order;     // units / orders
  std::optional<double> return_rate_value;   // return_value / revenue
  std::optional<double> return_rate_lines;   // return_lines / sale_lines
  std::optional<double> repeat_rate;         // repeat_customers / customers
  int64_t new_customers = 0;        // customers whose first sale ever is in the period
  int64_t returning_customers = 0;  // customers − new_customers
  int64_t repeat_customers = 0;     // customers with 2 or more orders in the selection
};

// `period` decides who is new (first sale in the whole data within it).
Kpis compute_kpis(const FactIndex& index, const Selection& selection, DayRange period);

// compute_kpis's counting one line at a time, for a pass that computes
// other figures from the same lines (the overview reads a million lines
// once for its headline figures, monthly series and mix). Lines in
// selection order; sale and return lines only (selections hold no
// excluded line).
class KpiCounter {
 public:
  KpiCounter(const FactIndex& index, DayRange period);
  void add_return(uint32_t i) {
    k_.return_value += s_.value[i];
    ++k_.return_lines;
  }
  void add_sale(uint32_t i) {
    k_.revenue += s_.value[i];
    k_.units += s_.quantity[i];
    ++k_.sale_lines;
    const uint32_t o = s_.order[i], c = s_.customer[i];
    // The previous sale line's order and customer: a repeat needs no lookup.
    const bool same_order = o == prev_order_, same_pair = same_order && c == prev_customer_;
    prev_order_ = o;
    prev_customer_ = c;
    if (!same_order) count_order(o);
    if (c != 0 && !same_pair) count_pair(c, x_.order_customer.at(s_.order, i));
    add_country(i);
  }
  // Sale line i's country alone (with add_run, which has none).
  void add_country(uint32_t i) {
    const uint32_t g = s_.country[i];
    if (g != 0 && !seen_country_[g]) {
      seen_country_[g] = 1;
      ++k_.countries;
    }
  }
  // Sale run k of the index (fact_index.h (6)): its lines at once. Runs
  // have no country: the caller counts the countries with a sale apart
  // (add_country per sale line, or add_countries).
  void add_run(const SaleRuns& r, size_t k) {
    k_.revenue += r.value[k];
    k_.units += r.units[k];
    k_.sale_lines += r.lines[k];
    count_order(r.order[k]);
    if (r.customer[k] != 0) count_pair(r.customer[k], r.pair(k));
  }
  void add_countries(int64_t n) { k_.countries += n; }
  Kpis finish() const;

 private:
  void count_order(uint32_t o) {
    if (!seen_order_[o]) {
      seen_order_[o] = 1;
      ++k_.orders;
    }
  }
  // A sale of known customer c in (order, customer) pair `pair`.
  void count_pair(uint32_t c, uint32_t pair) {
    if (seen_pair_[pair]) return;
    seen_pair_[pair] = 1;
    uint8_t& n = customer_orders_[c];
    if (n == 0) {
      ++k_.customers;
      const Day first = x_.first_sale[c];
      if (first >= period_.from && first <= period_.to) ++k_.new_customers;
    } else if (n == 1) {
      ++k_.repeat_customers;
    }
    if (n < 2) ++n;
  }

  const FactIndex& x_;
  const FactStore& s_;
  DayRange period_;
  Kpis k_;
  std::vector<uint8_t> seen_order_, seen_pair_;
  std::vector<uint8_t> customer_orders_;  // saturates at 2
  std::vector<uint8_t> seen_country_;
  uint32_t prev_order_ = UINT32_MAX, prev_customer_ = UINT32_MAX;
};

// Change against the previous period. Amounts and counts: relative change
// (current − previous) / |previous|, nullopt when previous is 0. Rates
// (return rates, repeat rate): the difference current − previous in share
// points (0.02 = two points), nullopt when either side is undefined.
struct KpiDeltas {
  std::optional<double> revenue, net_revenue, orders, customers, aov, units, return_value, items_per_order,
      new_customers, returning_customers, repeat_customers;
  std::optional<double> return_rate_value, return_rate_lines, repeat_rate;  // differences
};
KpiDeltas kpi_deltas(const Kpis& current, const Kpis& previous);

// (current − previous) / |previous|; nullopt when previous is 0 (|·| keeps
// the sign meaningful for a negative net revenue).
std::optional<double> relative_change(double current, double previous);

}  // namespace starcart
