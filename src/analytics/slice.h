// The data one Filter selects (DESIGN 4), computed once per filter change:
//  (1) base  = the lines the line filters keep (date range, countries,
//              categories, channels, payment types);
//  (2) the customer facts on the base (per-customer stats, RFM scores), only
//      when something needs them;
//  (3) lines = the base, then the customer filters: segments and cohort keep
//              every base line of the matching customers and drop guests.
// A customer's cohort and segment are thus computed on the base, never on
// lines the customer filters removed (no circularity), and a customer kept
// by them keeps all of their base lines: the cohort and segment every
// analysis recomputes on `lines` are the ones the filter used.
#pragma once

#include <optional>
#include <vector>

#include "analytics/customer_stats.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "analytics/rfm.h"

namespace starcart {

struct Slice {
  Filter filter;
  DayRange period;                        // the filter's period (new customers, deltas)
  // (1) when the filter has customer filters; without them the base is
  // `lines` itself (not a second copy of up to a million line ids).
  Selection filtered_base;
  std::optional<CustomerStats> customers; // (2) on the base
  std::optional<Rfm> rfm;                 // (2) on the base
  std::vector<uint8_t> keep;              // (3) per customer id; empty = no customer filter
  Selection lines;                        // (3) what every figure reads

  const Selection& base() const { return filter.has_customer_filter() ? filtered_base : lines; }
};

// Computes (2) only when the filter has a customer filter.
Slice make_slice(const FactIndex& index, const Filter& filter);

// The same; when (2) is computed (a customer filter), also the customer
// facts of the base's lines up to day `cut` into `before`, in the same
// pass. Returns whether it did (`before` is untouched otherwise).
Slice make_slice(const FactIndex& index, const Filter& filter, Day cut, CustomerStats& before, bool& took_before);

// The filter without its customer filters (segments, cohort): what decides
// the base and its customer facts (the RFM snapshot stays: it decides the
// scores).
Filter line_filters(const Filter& filter);

// make_slice for `filter`, taking over `from`'s base and customer facts
// when `from` has them and the two filters have the same line filters (a
// segment or cohort chosen, changed or cleared): no pass over the base,
// only the customer filters' pass over it. Else make_slice.
Slice reslice(const FactIndex& index, const Filter& filter, Slice&& from);

// The lines `filter`'s line filters select (its customer filters are not
// applied) of the customers `slice` keeps; every such line when the slice
// has no customer filter. The Overview trend's months around a date range:
// the filter without its dates, for the same customers (the segment as
// scored in the range), so the range's months are the slice's own.
Selection lines_of_kept_customers(const FactIndex& index, const Slice& slice, const Filter& filter);

// Computes (2) if it is missing (customer analyses call it).
void ensure_customer_facts(const FactIndex& index, Slice& slice);

// The same; when (2) was missing, also the customer facts of the base's
// lines up to day `cut` into `before`, in the same pass. False (and
// `before` untouched) when the slice had its facts already.
bool ensure_customer_facts(const FactIndex& index, Slice& slice, Day cut, CustomerStats& before);

// (3)'s keep: per customer id, whether the filter's segments and cohort keep
// the customer, from customer facts and their RFM on a base.
std::vector<uint8_t> customers_kept(const FactStore& store, const Filter& filter, const CustomerStats& customers,
                                    const Rfm& rfm);

// Whether customer id c is in the slice's customer analyses: has a sale in
// the base and passes the customer filters.
inline bool slice_keeps_customer(const Slice& s, uint32_t c) { return s.keep.empty() || s.keep[c] != 0; }

}  // namespace starcart
