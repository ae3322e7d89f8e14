#include "analytics/kpis.h"

#include <vector>

namespace starcart {

namespace {

std::optional<double> ratio(double a, double b) {
  if (b == 0) return std::nullopt;
  return a / b;
}

std::optional<double> difference(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

}  // namespace

KpiCounter::KpiCounter(const FactIndex& x, DayRange period)
    : x_(x),
      s_(x.facts()),
      period_(period),
      seen_order_(s_.orders.size(), 0),
      seen_pair_(x.order_customer.count, 0),
      customer_orders_(s_.customers.size(), 0),
      seen_country_(s_.countries.size(), 0) {}

Kpis KpiCounter::finish() const {
  Kpis k = k_;
  k.net_revenue = k.revenue - k.return_value;
  k.aov = div_round(k.revenue, k.orders);
  k.returning_customers = k.customers - k.new_customers;
  k.items_per_order = ratio(static_cast<double>(k.units), static_cast<double>(k.orders));
  k.return_rate_value = ratio(static_cast<double>(k.return_value), static_cast<double>(k.revenue));
  k.return_rate_lines = ratio(static_cast<double>(k.return_lines), static_cast<double>(k.sale_lines));
  k.repeat_rate = ratio(static_cast<double>(k.repeat_customers), static_cast<double>(k.customers));
  return k;
}

Kpis compute_kpis(const FactIndex& x, const Selection& sel, DayRange period) {
  const FactStore& s = x.facts();
  KpiCounter k(x, period);
  if (sel.whole_days) {
    // All lines of some days: returns and countries per line, the rest per
    // sale run (as the overview).
    for (uint32_t i : sel.lines) {
      if (s.kind[i] == LineKind::kReturn) k.add_return(i);
      else k.add_country(i);
    }
    x.sale_runs.each(*sel.whole_days, [&](Day, size_t run) { k.add_run(x.sale_runs, run); });
    return k.finish();
  }
  for (uint32_t i : sel.lines) {
    if (s.kind[i] == LineKind::kReturn) k.add_return(i);
    else k.add_sale(i);
  }
  return k.finish();
}

std::optional<double> relative_change(double current, double previous) {
  if (previous == 0) return std::nullopt;
  return (current - previous) / (previous < 0 ? -previous : previous);
}

KpiDeltas kpi_deltas(const Kpis& c, const Kpis& p) {
  auto rel = [](int64_t a, int64_t b) { return relative_change(static_cast<double>(a), static_cast<double>(b)); };
  KpiDeltas d;
  d.revenue = rel(c.revenue, p.revenue);
  d.net_revenue = rel(c.net_revenue, p.net_revenue);
  d.orders = rel(c.orders, p.orders);
  d.customers = rel(c.customers, p.customers);
  d.aov = rel(c.aov, p.aov);
  d.units = rel(c.units, p.units);
  d.return_value = rel(c.return_value, p.return_value);
  if (c.items_per_order && p.items_per_order) d.items_per_order = relative_change(*c.items_per_order, *p.items_per_order);
  d.new_customers = rel(c.new_customers, p.new_customers);
  d.returning_customers = rel(c.returning_customers, p.returning_customers);
  d.repeat_customers = rel(c.repeat_customers, p.repeat_customers);
  d.return_rate_value = difference(c.return_rate_value, p.return_rate_value);
  d.return_rate_lines = difference(c.return_rate_lines, p.return_rate_lines);
  d.repeat_rate = difference(c.repeat_rate, p.repeat_rate);
  return d;
}

}  // namespace starcart
