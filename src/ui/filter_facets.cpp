#include "ui/filter_facets.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

namespace {

std::vector<FacetValue> count(const FactStore& s, const Dictionary& dict, const std::vector<uint32_t>& ids) {
  std::vector<int64_t> n(dict.size(), 0);
  for (size_t i = 0; i < ids.size(); ++i)
    if (s.kind[i] != LineKind::kExcluded) ++n[ids[i]];
  std::vector<FacetValue> out;
  // Id 0 is "missing": filters select named values only.
  for (uint32_t id = 1; id < dict.size(); ++id)
    if (n[id] > 0) out.push_back({std::string(dict.at(id)), n[id]});
  sort_rows(out, [](const FacetValue& a, const FacetValue& b) {
    return a.lines != b.lines ? a.lines > b.lines : a.name < b.name;
  });
  return out;
}

}  // namespace

Facets compute_facets(const FactStore& s) {
  Facets f;
  f.values[static_cast<size_t>(Dimension::kCountry)] = count(s, s.countries, s.country);
  f.values[static_cast<size_t>(Dimension::kCategory)] = count(s, s.categories, s.category);
  f.values[static_cast<size_t>(Dimension::kChannel)] = count(s, s.channels, s.channel);
  f.values[static_cast<size_t>(Dimension::kPayment)] = count(s, s.payment_types, s.payment);
  f.values[static_cast<size_t>(Dimension::kState)] = count(s, s.states, s.state);
  if (!s.product_supplier.empty()) {  // a line's supplier is its product's
    std::vector<uint32_t> supplier(s.lines());
    for (size_t i = 0; i < supplier.size(); ++i) supplier[i] = s.product_supplier[s.product[i]];
    f.values[static_cast<size_t>(Dimension::kSupplier)] = count(s, s.suppliers, supplier);
  }
  f.first_day = s.first_day;
  f.last_day = s.last_day;
  return f;
}

}  // namespace starcart
