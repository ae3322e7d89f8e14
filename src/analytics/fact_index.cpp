#include "analytics/fact_index.h"

#include <algorithm>
#include <unordered_map>

namespace starcart {

PairKeys build_pair_keys(const FactStore& s, const std::vector<uint32_t>& entity, uint32_t entity_count,
                         const std::vector<uint32_t>& group, bool skip_zero) {
  PairKeys k;
  k.count = entity_count;
  const size_t n = s.lines();
  // First pass: the group of each entity's first sale line; any other value
  // means some entity has several groups.
  constexpr uint32_t kUnset = UINT32_MAX;
  std::vector<uint32_t> first(entity_count, kUnset);
  bool single = true;
  for (size_t i = 0; i < n; ++i) {
    if (s.kind[i] != LineKind::kSale || (skip_zero && entity[i] == 0)) continue;
    uint32_t& f = first[entity[i]];
    if (f == kUnset) f = id_at(group, i);  // an empty group column: every line's group is 0
    else if (f != id_at(group, i)) single = false;
  }
  if (single) return k;
  // Second pass: an entity's first group keeps the entity id as its key;
  // other pairs get ids from entity_count on (rare: a hash map is fine here,
  // once per load).
  k.key.assign(n, 0);
  std::unordered_map<uint64_t, uint32_t> extra;
  for (size_t i = 0; i < n; ++i) {
    if (s.kind[i] != LineKind::kSale || (skip_zero && entity[i] == 0)) continue;
    if (first[entity[i]] == id_at(group, i)) {
      k.key[i] = entity[i];
      continue;
    }
    uint64_t pair = (static_cast<uint64_t>(entity[i]) << 32) | id_at(group, i);
    auto it = extra.emplace(pair, k.count);
    if (it.second) ++k.count;
    k.key[i] = it.first->second;
  }
  return k;
}

CampaignKeys build_campaign_keys(const FactStore& s) {
  CampaignKeys k;
  k.campaigns = static_cast<uint32_t>(s.campaigns.size());
  const size_t n = s.lines();
  // int64: the product overflows wasm's 32-bit size_t on absurd dictionaries.
  const uint64_t cells = static_cast<uint64_t>(s.channels.size()) * s.campaigns.size();
  std::unordered_map<uint64_t, uint32_t> by_pair;  // without a table only
  if (cells <= std::max<uint64_t>(n, 4096)) k.table.assign(static_cast<size_t>(cells), kNoLine);
  else k.line.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (s.kind[i] != LineKind::kSale) continue;
    uint32_t id = k.count;
    if (!k.table.empty()) {
      uint32_t& slot = k.table[static_cast<size_t>(id_at(s.channel, i)) * k.campaigns + id_at(s.campaign, i)];
      if (slot == kNoLine) slot = k.count;
      id = slot;
    } else {
      id = by_pair.emplace((static_cast<uint64_t>(id_at(s.channel, i)) << 32) | id_at(s.campaign, i), k.count).first->second;
      k.line[i] = id;
    }
    if (id == k.count) {
      ++k.count;
      k.channel.push_back(id_at(s.channel, i));
      k.campaign.push_back(id_at(s.campaign, i));
    }
  }
  return k;
}

SaleSpan sale_span(const FactStore& s, const std::vector<uint32_t>& lines) {
  // Lines are in date order: the first sale from the front, the last from
  // the back (not a pass over a million lines).
  SaleSpan span;
  size_t a = 0, b = lines.size();
  while (a < b && s.kind[lines[a]] != LineKind::kSale) ++a;
  if (a == b) return span;
  while (s.kind[lines[b - 1]] != LineKind::kSale) --b;
  span.first = s.day[lines[a]];
  span.last = s.day[lines[b - 1]];
  return span;
}

FactIndex build_fact_index(const FactStore& s) {
  FactIndex x;
  x.store = &s;
  const size_t n = s.lines();

  // (4) first: the cell is a group column of its own.
  x.cell.resize(n);
  std::vector<uint32_t> cell_group(n);
  for (size_t i = 0; i < n; ++i) {
    uint8_t c = kUnknownCell;
    if (s.second[i] >= 0) c = static_cast<uint8_t>(iso_weekday(s.day[i]) * 24 + (s.second[i] / 3600) % 24);
    x.cell[i] = c;
    cell_group[i] = c;
  }

  // (1)
  const uint32_t orders = s.orders.size(), customers = s.customers.size();
  x.order_customer = build_pair_keys(s, s.order, orders, s.customer, false);
  x.order_country = build_pair_keys(s, s.order, orders, s.country, false);
  x.order_state = build_pair_keys(s, s.order, orders, s.state, false);
  x.order_city = build_pair_keys(s, s.order, orders, s.city, false);
  x.order_payment = build_pair_keys(s, s.order, orders, s.payment, false);
  x.order_cell = build_pair_keys(s, s.order, orders, cell_group, false);
  x.customer_country = build_pair_keys(s, s.customer, customers, s.country, true);
  x.customer_state = build_pair_keys(s, s.customer, customers, s.state, true);
  x.customer_city = build_pair_keys(s, s.customer, customers, s.city, true);

  // (2) Lines are in date order: a customer's first sale line is the first seen.
  x.first_sale.assign(customers, kNoDay);
  for (size_t i = 0; i < n; ++i)
    if (s.kind[i] == LineKind::kSale && x.first_sale[s.customer[i]] == kNoDay) x.first_sale[s.customer[i]] = s.day[i];
  if (customers > 0) x.first_sale[0] = kNoDay;  // guests have no first sale

  // (5) The campaign key is the group of the campaign pairs below.
  x.campaign_key = build_campaign_keys(s);
  x.order_channel = build_pair_keys(s, s.order, orders, s.channel, false);
  x.customer_channel = build_pair_keys(s, s.customer, customers, s.channel, true);
  {
    std::vector<uint32_t> campaign_group(n, 0);  // a line's campaign key, for the build only
    for (size_t i = 0; i < n; ++i)
      if (s.kind[i] == LineKind::kSale) campaign_group[i] = x.campaign_key.at(s, i);
    x.order_campaign = build_pair_keys(s, s.order, orders, campaign_group, false);
    x.customer_campaign = build_pair_keys(s, s.customer, customers, campaign_group, true);
  }
  // Lines are sorted by day: a later line only wins on the same day with an
  // earlier known time.
  x.first_sale_line.assign(customers, kNoLine);
  for (uint32_t i = 0; i < n; ++i) {
    if (s.kind[i] != LineKind::kSale || s.customer[i] == 0) continue;
    uint32_t& f = x.first_sale_line[s.customer[i]];
    if (f == kNoLine) f = i;
    else if (s.day[i] == s.day[f] && s.second[i] >= 0 && s.second[f] >= 0 && s.second[i] < s.second[f]) f = i;
  }

  // (6)
  x.sale_runs = build_sale_runs(s, x.order_customer);

  // (3)
  x.country_info.resize(s.countries.size(), nullptr);
  for (uint32_t c = 1; c < s.countries.size(); ++c) x.country_info[c] = find_country(s.countries.at(c));
  return x;
}

SaleRuns build_sale_runs(const FactStore& s, const PairKeys& order_customer) {
  SaleRuns r;
  const size_t n = s.lines();
  if (n == 0) return r;
  r.first_day = s.day.front();
  r.day_start.assign(static_cast<size_t>(s.day.back() - r.first_day) + 2, 0);
  const bool keys = !order_customer.key.empty();
  uint32_t customer = UINT32_MAX, order = UINT32_MAX;
  Day day = kNoDay;
  for (size_t i = 0; i < n; ++i) {
    if (s.kind[i] != LineKind::kSale) continue;
    if (s.customer[i] != customer || s.order[i] != order || s.day[i] != day) {
      customer = s.customer[i];
      order = s.order[i];
      day = s.day[i];
      r.customer.push_back(customer);
      r.order.push_back(order);
      if (keys) r.pair_key.push_back(order_customer.key[i]);
      r.value.push_back(0);
      r.units.push_back(0);
      r.lines.push_back(0);
      ++r.day_start[static_cast<size_t>(day - r.first_day) + 1];  // counts, summed below
    }
    r.value.back() += s.value[i];
    r.units.back() += s.quantity[i];
    ++r.lines.back();
  }
  for (size_t d = 1; d < r.day_start.size(); ++d) r.day_start[d] += r.day_start[d - 1];
  for (auto* v : {&r.customer, &r.order, &r.pair_key, &r.lines}) v->shrink_to_fit();
  r.value.shrink_to_fit();
  r.units.shrink_to_fit();
  return r;
}

size_t SaleRuns::memory_bytes() const {
  return (day_start.capacity() + customer.capacity() + order.capacity() + pair_key.capacity() + lines.capacity()) *
             sizeof(uint32_t) +
         (value.capacity() + units.capacity()) * sizeof(int64_t);
}

size_t FactIndex::memory_bytes() const {
  size_t b = sale_runs.memory_bytes() + cell.capacity() + first_sale.capacity() * sizeof(Day) + country_info.capacity() * sizeof(void*) +
             (campaign_key.table.capacity() + campaign_key.line.capacity() + campaign_key.channel.capacity() +
              campaign_key.campaign.capacity() + first_sale_line.capacity()) * sizeof(uint32_t);
  for (const PairKeys* k : {&order_customer, &order_country, &order_state, &order_city, &order_payment, &order_cell,
                            &customer_country, &customer_state, &customer_city, &order_channel,
                            &order_campaign, &customer_channel, &customer_campaign})
    b += k->key.capacity() * sizeof(uint32_t);
  return b;
}

}  // namespace starcart
