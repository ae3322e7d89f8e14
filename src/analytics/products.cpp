#include "analytics/products.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

const char* abc_name(AbcClass c) {
  switch (c) {
    case AbcClass::kA: return "A";
    case AbcClass::kB: return "B";
    case AbcClass::kC: return "C";
  }
  return "C";
}

ProductAnalysis compute_products(const FactIndex& x, const Selection& sel, size_t top_n) {
  const FactStore& s = x.facts();
  ProductAnalysis out;
  // (1) One pass: per product and per category, in flat arrays.
  const size_t products = s.products.size(), categories = s.categories.size();
  std::vector<Money> revenue(products, 0), cat_revenue(categories, 0);
  std::vector<int64_t> units(products, 0), lines(products, 0), cat_units(categories, 0), cat_lines(categories, 0),
      cat_products(categories, 0);
  // A product counts once per category it sold in: stamp = category + 1.
  std::vector<uint32_t> product_category_seen(products, 0);
  bool product_in_many_categories = false;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t p = s.product[i], c = s.category[i];
    const Money v = s.value[i];
    revenue[p] += v;
    units[p] += s.quantity[i];
    ++lines[p];
    cat_revenue[c] += v;
    cat_units[c] += s.quantity[i];
    ++cat_lines[c];
    out.revenue += v;
    if (product_category_seen[p] != c + 1) {
      if (product_category_seen[p] != 0) product_in_many_categories = true;
      product_category_seen[p] = c + 1;
      ++cat_products[c];
    }
  }
  if (product_in_many_categories) {
    // Rare (a product filed under several categories): count exactly from
    // the distinct (category, product) pairs.
    std::fill(cat_products.begin(), cat_products.end(), 0);
    std::vector<uint64_t> pairs;
    for (uint32_t i : sel.lines)
      if (s.kind[i] == LineKind::kSale) pairs.push_back((static_cast<uint64_t>(s.category[i]) << 32) | s.product[i]);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (uint64_t pr : pairs) ++cat_products[static_cast<size_t>(pr >> 32)];
  }

  // (2) Rows for products with a sale, ranked.
  auto row_of = [&](uint32_t p) {
    ProductRow r;
    r.product = p;
    r.sku = s.products.at(p);
    if (p < s.product_name.size()) r.name = s.product_names.at(s.product_name[p]);
    if (p < s.product_category.size()) r.category = s.categories.at(s.product_category[p]);
    r.revenue = revenue[p];
    r.units = units[p];
    r.lines = lines[p];
    r.revenue_share = out.revenue != 0 ? static_cast<double>(r.revenue) / static_cast<double>(out.revenue) : 0;
    return r;
  };
  for (uint32_t p = 0; p < products; ++p)
    if (lines[p] > 0) out.ranked.push_back(row_of(p));
  std::vector<ProductRow> by_units = out.ranked;
  sort_rows(out.ranked, [](const ProductRow& a, const ProductRow& b) {
    if (a.revenue != b.revenue) return a.revenue > b.revenue;
    return a.sku < b.sku;
  });
  const size_t n_units = std::min(top_n, by_units.size());
  std::partial_sort(by_units.begin(), by_units.begin() + static_cast<std::ptrdiff_t>(n_units), by_units.end(),
                    [](const ProductRow& a, const ProductRow& b) {
                      if (a.units != b.units) return a.units > b.units;
                      return a.sku < b.sku;
                    });
  by_units.resize(n_units);
  out.top_by_units = std::move(by_units);

  // (3) ABC on the ranking, in exact integers: 100 × above < 80 × total.
  Money above = 0;
  for (size_t k = 0; k < 3; ++k) out.abc[k].abc = static_cast<AbcClass>(k);
  for (ProductRow& r : out.ranked) {
    if (above * 100 < out.revenue * 80) r.abc = AbcClass::kA;
    else if (above * 100 < out.revenue * 95) r.abc = AbcClass::kB;
    else r.abc = AbcClass::kC;
    above += r.revenue;
    r.cumulative_share = out.revenue != 0 ? static_cast<double>(above) / static_cast<double>(out.revenue) : 0;
    AbcClassRow& c = out.abc[static_cast<size_t>(r.abc)];
    ++c.products;
    c.revenue += r.revenue;
  }
  for (AbcClassRow& c : out.abc) {
    if (!out.ranked.empty()) c.product_share = static_cast<double>(c.products) / static_cast<double>(out.ranked.size());
    if (out.revenue != 0) c.revenue_share = static_cast<double>(c.revenue) / static_cast<double>(out.revenue);
  }

  // (4) Categories.
  for (uint32_t c = 0; c < categories; ++c) {
    if (cat_lines[c] == 0) continue;
    CategoryRow r;
    r.category = c;
    r.name = s.categories.at(c);
    r.revenue = cat_revenue[c];
    r.revenue_share = out.revenue != 0 ? static_cast<double>(r.revenue) / static_cast<double>(out.revenue) : 0;
    r.units = cat_units[c];
    r.lines = cat_lines[c];
    r.products = cat_products[c];
    out.categories.push_back(r);
  }
  sort_rows(out.categories, [](const CategoryRow& a, const CategoryRow& b) {
    if (a.revenue != b.revenue) return a.revenue > b.revenue;
    return a.name < b.name;
  });
  return out;
}

}  // namespace starcart
