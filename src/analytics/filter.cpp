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
  sel.lines.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    if (s.kind[i] == LineKind::kExcluded) continue;
    if (!countries.empty() && !countries[s.country[i]]) continue;
    if (!categories.empty() && !categories[s.category[i]]) continue;
    if (!channels.empty() && !channels[s.channel[i]]) continue;
    if (!payments.empty() && !payments[s.payment[i]]) continue;
    sel.lines.push_back(static_cast<uint32_t>(i));
  }
  return sel;
}

Filter previous_period(const FactStore& s, const Filter& f) {
  Filter p = f;
  Day from = f.from ? *f.from : s.first_day;
  Day to = f.to ? *f.to : s.last_day;
  Day length = to - from + 1;
  p.from = from - length;
  p.to = from - 1;
  return p;
}

}  // namespace starcart
