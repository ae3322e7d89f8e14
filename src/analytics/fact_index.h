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
// (6) Sale runs: the sale lines cut wherever the customer, the order or the
//     day changes. An order's lines are nearly always one after another, so
//     a million lines are under 200,000 runs: the customer pass (RFM, the
//     segment and cohort filters, the insights) over all lines or a date
//     range reads the runs, not the lines.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/country_codes.h"
#include "analytics/filter.h"
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

// Dense ids ("campaign keys") of the (channel, campaign) pairs sale lines
// have, 0..count-1 in order of first appearance. Looked up in a flat
// channel x campaign table when that is no larger than a key per line (any
// real data: a few channels), else stored per line.
struct CampaignKeys {
  uint32_t count = 0;
  uint32_t campaigns = 0;       // size of the campaigns dictionary (the table's row length)
  std::vector<uint32_t> table;  // [channel * campaigns + campaign]; kNoLine for a pair no sale line has
  std::vector<uint32_t> line;   // per line (sale lines only) when there is no table
  std::vector<uint32_t> channel, campaign;  // per key: its channel and campaign ids
  // The key of sale line i.
  uint32_t at(const FactStore& s, size_t i) const {
    return line.empty() ? table[static_cast<size_t>(id_at(s.channel, i)) * campaigns + id_at(s.campaign, i)] : line[i];
  }
};

// Builds the campaign keys. Runs once per load.
CampaignKeys build_campaign_keys(const FactStore& store);

// (6) above. Return and excluded lines between two sale lines of one run do
// not cut it (the customer pass skips them anyway).
struct SaleRuns {
  Day first_day = 0;                // the store's first day
  std::vector<uint32_t> day_start;  // per day from first_day: its first run; one more at the end
  std::vector<uint32_t> customer;   // per run
  std::vector<uint32_t> order;      // per run
  std::vector<uint32_t> pair_key;   // per run: its (order, customer) key; empty when that is the order
  std::vector<Money> value;         // per run: the sum of its sale values
  std::vector<int64_t> units;       // per run: the sum of its quantities
  std::vector<uint32_t> lines;      // per run: its sale lines

  size_t size() const { return value.size(); }
  uint32_t pair(size_t k) const { return pair_key.empty() ? order[k] : pair_key[k]; }
  // The days of `days` that the store has (an empty range when none).
  DayRange clamp(DayRange days) const {
    return DayRange{std::max(days.from, first_day), std::min(days.to, first_day + static_cast<Day>(day_start.size()) - 2)};
  }
  // Runs of day d (within clamp's range): begin(d) .. end(d) − 1.
  size_t begin(Day d) const { return day_start[static_cast<size_t>(d - first_day)]; }
  size_t end(Day d) const { return day_start[static_cast<size_t>(d - first_day) + 1]; }
  // f(day, run) for every run of `days`, in line order.
  template <class F>
  void each(DayRange days, F&& f) const {
    const DayRange in = clamp(days);
    for (Day d = in.from; d <= in.to; ++d)
      for (size_t k = begin(d), e = end(d); k < e; ++k) f(d, k);
  }
  size_t memory_bytes() const;
};

// Builds the runs. Runs once per load.
SaleRuns build_sale_runs(const FactStore& store, const PairKeys& order_customer);

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
  // (5) campaign keys: the (channel, campaign) pairs of sale lines
  CampaignKeys campaign_key;
  PairKeys order_channel, order_campaign;        // order x channel, order x campaign key
  PairKeys customer_channel, customer_campaign;  // customer x channel, customer x campaign key
  // per customer id: the line of the first-ever sale (earliest day; within a
  // day the earlier known time of day, else the earlier line); kNoLine when
  // none (and for guests)
  std::vector<uint32_t> first_sale_line;
  // (6)
  SaleRuns sale_runs;

  const FactStore& facts() const { return *store; }
  size_t memory_bytes() const;
};

// The store must outlive the index.
FactIndex build_fact_index(const FactStore& store);

}  // namespace starcart
