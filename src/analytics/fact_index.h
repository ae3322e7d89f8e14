// What the analyses precompute once per load (DESIGN 4): everything here
// depends on the facts only, never on a filter, so a filter change reuses it.
//
// (1) Distinct-pair keys. "Orders per country" must count an order once per
//     country it has sale lines in, "orders per customer" once per customer.
//     In nearly all data an order has one customer and one country, and the
//     key is the order id itself (no memory); where some order has several
//     values, every sale line gets a dense id of its (order, value) pair.
//     Distinct counts per group are then one stamp per key: no hash maps
//     and no sorting on a filter change, exact for any data.
// (2) First sale day of each customer in the whole data (new vs returning).
// (3) ISO country facts per country id, resolved once.
// (4) Weekday × hour cell of each line.
// (5) Marketing: each sale line's (channel, campaign) pair as a dense key,
//     the distinct-pair keys of orders and customers per channel and per
//     campaign pair, and each customer's first-ever sale line (its channel
//     and campaign say where the customer came from).
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "core/country_codes.h"
#include "core/date.h"
#include "warehouse/fact_store.h"

namespace starcart {

inline constexpr Day kNoDay = std::numeric_limits<Day>::min();
inline constexpr uint8_t kUnknownCell = 168;
inline constexpr uint32_t kNoLine = UINT32_MAX;

// First and last sale day among the given lines (lines are sorted by day);
// both kNoDay when none is a sale.
struct SaleSpan {
  Day first = kNoDay, last = kNoDay;
};
SaleSpan sale_span(const FactStore& store, const std::vector<uint32_t>& lines);  // a line whose time of day is unknown

// Keys of (entity, group) pairs over sale lines; see (1) above.
struct PairKeys {
  std::vector<uint32_t> key;  // per line (sale lines only); empty = the entity id is the key
  uint32_t count = 0;         // keys are < count (size of a stamp array)
  uint32_t at(const std::vector<uint32_t>& entity, size_t line) const {
    return key.empty() ? entity[line] : key[line];
  }
};

// Builds the keys of (entity[i], group[i]) over sale lines. With
// skip_zero, entity 0 (the guest customer) has no pairs. Runs once per load.
PairKeys build_pair_keys(const FactStore& store, const std::vector<uint32_t>& entity, uint32_t entity_count,
                         const std::vector<uint32_t>& group, bool skip_zero);

struct FactIndex {
  const FactStore* store = nullptr;

  // (1) (order, x) pairs
  PairKeys order_customer, order_country, order_state, order_city, order_payment, order_cell;
  // (1) (customer, x) pairs
  PairKeys customer_country, customer_state, customer_city;
  // (2) per customer id: earliest sale day in the whole data; kNoDay when none
  std::vector<Day> first_sale;
  // (3) per country id: its ISO facts, nullptr when the name is no country
  std::vector<const CountryInfo*> country_info;
  // (4) per line: iso_weekday * 24 + hour; kUnknownCell when the time is unknown
  std::vector<uint8_t> cell;
  // (5) (campaign, channel) pairs of sale lines: a line's campaign key (the
  // campaign id itself while each campaign has one channel) ...
  PairKeys campaign_channel;
  // ... and per key its channel and campaign ids (kNoLine for a campaign id
  // no sale line has)
  std::vector<uint32_t> key_channel, key_campaign;
  PairKeys order_channel, order_campaign;        // order x channel, order x campaign key
  PairKeys customer_channel, customer_campaign;  // customer x channel, customer x campaign key
  // per customer id: the line of the first-ever sale (earliest day; within a
  // day the earlier known time of day, else the earlier line); kNoLine when
  // none (and for guests)
  std::vector<uint32_t> first_sale_line;

  const FactStore& facts() const { return *store; }
  size_t memory_bytes() const;
};

// The store must outlive the index.
FactIndex build_fact_index(const FactStore& store);

}  // namespace starcart
