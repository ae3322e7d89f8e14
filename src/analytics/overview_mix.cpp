#include "analytics/overview_mix.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

namespace {

template <class Names>
std::vector<MixRow> rows_of(const std::vector<Money>& revenue, const std::vector<uint32_t>& lines, const Names& names,
                            Money total) {
  std::vector<MixRow> rows;
  for (uint32_t id = 0; id < revenue.size(); ++id) {
    if (lines[id] == 0) continue;
    MixRow r;
    r.id = id;
    r.name = names.at(id);
    r.revenue = revenue[id];
    r.revenue_share = total != 0 ? static_cast<double>(r.revenue) / static_cast<double>(total) : 0;
    rows.push_back(r);
  }
  sort_rows(rows, [](const MixRow& a, const MixRow& b) {
    if (a.revenue != b.revenue) return a.revenue > b.revenue;
    return a.name < b.name;
  });
  return rows;
}

}  // namespace

MixCounter::MixCounter(const FactIndex& x)
    : s_(x.facts()),
      category_(s_.categories.size(), 0),
      payment_(s_.payment_types.size(), 0),
      country_(s_.countries.size(), 0),
      category_lines_(category_.size(), 0),
      payment_lines_(payment_.size(), 0),
      country_lines_(country_.size(), 0) {}

OverviewMix MixCounter::finish() const {
  OverviewMix mix;
  mix.has_payment_types = s_.payment_types.size() > 1;
  mix.categories = rows_of(category_, category_lines_, s_.categories, total_);
  mix.payment_types = rows_of(payment_, payment_lines_, s_.payment_types, total_);
  mix.countries = rows_of(country_, country_lines_, s_.countries, total_);
  return mix;
}

OverviewMix compute_overview_mix(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  MixCounter mix(x);
  for (uint32_t i : sel.lines)
    if (s.kind[i] == LineKind::kSale) mix.add_sale(i);
  return mix.finish();
}

}  // namespace starcart
