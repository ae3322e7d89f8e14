#include "analytics/state_map.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <unordered_set>

namespace starcart {

std::optional<std::string> state_map_country(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  Money total = 0, us = 0, br = 0;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    total += s.value[i];
    const CountryInfo* c = x.country_info[s.country[i]];
    if (c == nullptr) continue;
    if (c->alpha2 == "US") us += s.value[i];
    else if (c->alpha2 == "BR") br += s.value[i];
  }
  if (total <= 0) return std::nullopt;
  if (us * 2 >= total) return std::string("US");
  if (br * 2 >= total) return std::string("BR");
  return std::nullopt;
}

StateMap compute_report_state_map(const FactIndex& x, const Selection& sel, const Filter& f) {
  if (f.countries.size() == 1)
    if (const CountryInfo* c = find_country(f.countries[0]); c != nullptr && has_state_map(c->alpha2))
      return compute_state_map(x, sel, c->alpha2);
  const std::optional<std::string> country = state_map_country(x, sel);
  return country ? compute_state_map(x, sel, *country) : StateMap{};
}

StateMap compute_state_map(const FactIndex& x, const Selection& sel, std::string_view country) {
  const FactStore& s = x.facts();
  StateMap out;
  if (!has_state_map(country)) return out;
  out.country = std::string(country);
  const std::vector<StateInfo>& table = states_of(country);
  // Each state id of the store resolved once: index into `table`, or -1.
  std::vector<int> slot(s.states.size(), -2);
  std::vector<StateMapRow> rows(table.size());
  std::unordered_set<uint64_t> orders, customers;
  Money known = 0;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const CountryInfo* c = x.country_info[s.country[i]];
    if (c == nullptr || c->alpha2 != country) continue;
    int& k = slot[id_at(s.state, i)];
    if (k == -2) {
      const StateInfo* st = find_state(country, s.states.at(id_at(s.state, i)));
      k = st ? static_cast<int>(st - table.data()) : -1;
      if (k >= 0) rows[static_cast<size_t>(k)].spellings.push_back(s.states.at(id_at(s.state, i)));
    }
    if (k < 0) {
      out.unknown_revenue += s.value[i];
      continue;
    }
    StateMapRow& r = rows[static_cast<size_t>(k)];
    r.revenue += s.value[i];
    known += s.value[i];
    if (orders.insert(static_cast<uint64_t>(k) << 32 | s.order[i]).second) ++r.orders;
    if (s.customer[i] != 0 && customers.insert(static_cast<uint64_t>(k) << 32 | s.customer[i]).second) ++r.customers;
  }
  for (size_t k = 0; k < table.size(); ++k) {
    if (rows[k].revenue == 0 && rows[k].orders == 0) continue;
    rows[k].state = &table[k];
    rows[k].revenue_share = known > 0 ? static_cast<double>(rows[k].revenue) / static_cast<double>(known) : 0;
    std::sort(rows[k].spellings.begin(), rows[k].spellings.end());
    out.rows.push_back(std::move(rows[k]));
  }
  sort_rows(out.rows, [](const StateMapRow& a, const StateMapRow& b) {
    if (a.revenue != b.revenue) return a.revenue > b.revenue;
    return a.state->code < b.state->code;
  });
  return out;
}

}  // namespace starcart
