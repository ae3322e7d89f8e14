#include "analytics/geography.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

namespace {

// Sales per place of one column (country, state or city): revenue, units,
// distinct orders and customers by their pair keys (analytics/fact_index.h).
struct PlaceTotals {
  std::vector<Money> revenue, returns;
  std::vector<int64_t> orders, customers, units, lines;
};

PlaceTotals totals(const FactIndex& x, const Selection& sel, const std::vector<uint32_t>& place, uint32_t places,
                   const PairKeys& order_keys, const PairKeys& customer_keys) {
  const FactStore& s = x.facts();
  PlaceTotals t;
  t.revenue.assign(places, 0);
  t.returns.assign(places, 0);
  t.orders.assign(places, 0);
  t.customers.assign(places, 0);
  t.units.assign(places, 0);
  t.lines.assign(places, 0);
  std::vector<uint8_t> seen_order(order_keys.count, 0), seen_customer(customer_keys.count, 0);
  for (uint32_t i : sel.lines) {
    const uint32_t g = id_at(place, i);  // an empty column: no line has the place
    if (s.kind[i] == LineKind::kReturn) {
      t.returns[g] += s.value[i];
      continue;
    }
    t.revenue[g] += s.value[i];
    t.units[g] += s.quantity[i];
    ++t.lines[g];
    const uint32_t ok = order_keys.at(s.order, i);
    if (!seen_order[ok]) {
      seen_order[ok] = 1;
      ++t.orders[g];
    }
    if (s.customer[i] == 0) continue;
    const uint32_t ck = customer_keys.at(s.customer, i);
    if (!seen_customer[ck]) {
      seen_customer[ck] = 1;
      ++t.customers[g];
    }
  }
  return t;
}

double share(Money part, Money whole) {
  return whole != 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0;
}

template <class Row>
void sort_rows(std::vector<Row>& rows) {
  sort_rows(rows, [](const Row& a, const Row& b) {
    if (a.revenue != b.revenue) return a.revenue > b.revenue;
    return a.name < b.name;
  });
}

std::vector<PlaceRow> place_rows(const FactIndex& x, const Selection& sel, const Dictionary& dict,
                                 const std::vector<uint32_t>& place, const PairKeys& order_keys,
                                 const PairKeys& customer_keys, Money total) {
  std::vector<PlaceRow> rows;
  if (dict.size() <= 1) return rows;  // the data has no such column
  PlaceTotals t = totals(x, sel, place, dict.size(), order_keys, customer_keys);
  for (uint32_t g = 0; g < dict.size(); ++g) {
    if (t.lines[g] == 0) continue;
    PlaceRow r;
    r.id = g;
    r.name = dict.at(g);
    r.revenue = t.revenue[g];
    r.revenue_share = share(r.revenue, total);
    r.orders = t.orders[g];
    r.customers = t.customers[g];
    rows.push_back(r);
  }
  sort_rows(rows);
  return rows;
}

}  // namespace

Geography compute_geography(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  Geography geo;
  PlaceTotals t = totals(x, sel, s.country, s.countries.size(), x.order_country, x.customer_country);
  Money total = 0;
  for (Money v : t.revenue) total += v;
  for (uint32_t g = 0; g < s.countries.size(); ++g) {
    if (t.lines[g] == 0 && t.returns[g] == 0) continue;
    CountryRow r;
    r.country = g;
    r.name = s.countries.at(g);
    if (const CountryInfo* info = x.country_info[g]) {
      r.known = true;
      r.alpha2 = info->alpha2;
      r.alpha3 = info->alpha3;
      r.numeric = info->numeric;
      r.region = info->region;
    }
    r.revenue = t.revenue[g];
    r.revenue_share = share(r.revenue, total);
    r.orders = t.orders[g];
    r.customers = t.customers[g];
    r.units = t.units[g];
    r.return_value = t.returns[g];
    geo.countries.push_back(r);
  }
  sort_rows(geo.countries);
  geo.states = place_rows(x, sel, s.states, s.state, x.order_state, x.customer_state, total);
  geo.cities = place_rows(x, sel, s.cities, s.city, x.order_city, x.customer_city, total);
  return geo;
}

}  // namespace starcart
