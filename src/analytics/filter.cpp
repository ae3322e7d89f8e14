#include "analytics/filter.h"

#include <algorithm>

namespace starcart {

namespace {

// A membership table over a dictionary's ids; empty when the filter does not
// restrict this dimension. Names unknown to the store match nothing.
std::vector<uint8_t> allowed_ids(const Dictionary& dict, const std::vector<std::string>& names) {
  std::vector<uint8_t> ok;
  if (names.empty()) return ok;
  ok.assign(dict.size(), 0);
  for (const std::string& n : names)
    if (auto id = dict.find(n)) ok[*id] = 1;
  return ok;
}

}  // namespace

Selection select_lines(const FactStore& s, const Filter& f) {
  Selection sel;
  const size_t n = s.lines();
  // Lines are sorted by day: the date range is a pair of binary searches.
  size_t begin = 0, end = n;
  if (f.from) begin = static_cast<size_t>(std::lower_bound(s.day.begin(), s.day.end(), *f.from) - s.day.begin());
  if (f.to) end = static_cast<size_t>(std::upper_bound(s.day.begin(), s.day.end(), *f.to) - s.day.begin());
  if (begin >= end) return sel;
  const auto countries = allowed_ids(s.countries, f.countries);
  const auto categories = allowed_ids(s.categories, f.categories);
  const auto channels = allowed_ids(s.channels, f.channels);
  const auto payments = allowed_ids(s.payment_types, f.payment_types);
  const auto states = allowed_ids(s.states, f.states);
  // A supplier filter on data without suppliers keeps nothing (unknown names match nothing).
  const auto suppliers = allowed_ids(s.suppliers, f.suppliers);
  const bool by_supplier = !f.suppliers.empty();
  sel.lines.resize(end - begin);
  uint32_t* out = sel.lines.data();
  const LineKind* kind = s.kind.data();
  if (countries.empty() && categories.empty() && channels.empty() && payments.empty() && states.empty() &&
      !by_supplier) {
    // The common case (a date range alone): one branch per line.
    for (size_t i = begin; i < end; ++i) {
      *out = static_cast<uint32_t>(i);
      out += kind[i] != LineKind::kExcluded;
    }
    // begin and end are day bounds: these are all the lines of their days.
    sel.whole_days = DayRange{s.day[begin], s.day[end - 1]};
  } else {
    for (size_t i = begin; i < end; ++i) {
      if (kind[i] == LineKind::kExcluded) continue;
      if (!countries.empty() && !countries[s.country[i]]) continue;
      if (!categories.empty() && !categories[s.category[i]]) continue;
      if (!channels.empty() && !channels[id_at(s.channel, i)]) continue;
      if (!payments.empty() && !payments[id_at(s.payment, i)]) continue;
      if (!states.empty() && !states[id_at(s.state, i)]) continue;
      if (by_supplier && (s.product_supplier.empty() || !suppliers[s.product_supplier[s.product[i]]])) continue;
      *out++ = static_cast<uint32_t>(i);
    }
  }
  sel.lines.resize(static_cast<size_t>(out - sel.lines.data()));
  return sel;
}

DayRange filter_period(const FactStore& s, const Filter& f) {
  return DayRange{f.from ? *f.from : s.first_day, f.to ? *f.to : s.last_day};
}

Filter previous_period(const FactStore& s, const Filter& f) {
  Filter p = f;
  DayRange r = filter_period(s, f);
  p.from = r.from - r.days();
  p.to = r.from - 1;
  // A snapshot the user set moves with the period: "as of the period's end".
  if (f.snapshot) p.snapshot = *f.snapshot - r.days();
  return p;
}

}  // namespace starcart
