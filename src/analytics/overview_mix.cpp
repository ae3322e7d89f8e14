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

OverviewMix compute_overview_mix(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  std::vector<Money> category(s.categories.size(), 0), payment(s.payment_types.size(), 0),
      country(s.countries.size(), 0);
  std::vector<uint32_t> category_lines(category.size(), 0), payment_lines(payment.size(), 0),
      country_lines(country.size(), 0);
  Money total = 0;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const Money v = s.value[i];
    total += v;
    category[s.category[i]] += v;
    ++category_lines[s.category[i]];
    payment[s.payment[i]] += v;
    ++payment_lines[s.payment[i]];
    country[s.country[i]] += v;
    ++country_lines[s.country[i]];
  }
  OverviewMix mix;
  mix.has_payment_types = s.payment_types.size() > 1;
  mix.categories = rows_of(category, category_lines, s.categories, total);
  mix.payment_types = rows_of(payment, payment_lines, s.payment_types, total);
  mix.countries = rows_of(country, country_lines, s.countries, total);
  return mix;
}

}  // namespace starcart
