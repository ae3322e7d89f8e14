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

Kpis compute_kpis(const FactIndex& x, const Selection& sel, DayRange period) {
  const FactStore& s = x.facts();
  Kpis k;
  std::vector<uint8_t> seen_order(s.orders.size(), 0);
  std::vector<uint8_t> seen_pair(x.order_customer.count, 0);
  std::vector<uint8_t> customer_orders(s.customers.size(), 0);  // saturates at 2
  std::vector<uint8_t> seen_country(s.countries.size(), 0);
  // The previous sale line's order and customer: a repeat needs no lookup.
  uint32_t prev_order = UINT32_MAX, prev_customer = UINT32_MAX;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] == LineKind::kReturn) {
      k.return_value += s.value[i];
      ++k.return_lines;
      continue;
    }
    k.revenue += s.value[i];
    k.units += s.quantity[i];
    ++k.sale_lines;
    const uint32_t o = s.order[i], c = s.customer[i];
    const bool same_order = o == prev_order, same_pair = same_order && c == prev_customer;
    prev_order = o;
    prev_customer = c;
    if (!same_order && !seen_order[o]) {
      seen_order[o] = 1;
      ++k.orders;
    }
    if (c != 0 && !same_pair) {
      const uint32_t pair = x.order_customer.at(s.order, i);
      if (!seen_pair[pair]) {
        seen_pair[pair] = 1;
        uint8_t& n = customer_orders[c];
        if (n == 0) {
          ++k.customers;
          const Day first = x.first_sale[c];
          if (first >= period.from && first <= period.to) ++k.new_customers;
        } else if (n == 1) {
          ++k.repeat_customers;
        }
        if (n < 2) ++n;
      }
    }
    const uint32_t g = s.country[i];
    if (g != 0 && !seen_country[g]) {
      seen_country[g] = 1;
      ++k.countries;
    }
  }
  k.net_revenue = k.revenue - k.return_value;
  k.aov = div_round(k.revenue, k.orders);
  k.returning_customers = k.customers - k.new_customers;
  k.items_per_order = ratio(static_cast<double>(k.units), static_cast<double>(k.orders));
  k.return_rate_value = ratio(static_cast<double>(k.return_value), static_cast<double>(k.revenue));
  k.return_rate_lines = ratio(static_cast<double>(k.return_lines), static_cast<double>(k.sale_lines));
  k.repeat_rate = ratio(static_cast<double>(k.repeat_customers), static_cast<double>(k.customers));
  return k;
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
