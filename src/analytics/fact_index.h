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

  const FactStore& facts() const { return *store; }
  size_t memory_bytes() const;
};

// The store must outlive the index.
FactIndex build_fact_index(const FactStore& store);

}  // namespace starcart
