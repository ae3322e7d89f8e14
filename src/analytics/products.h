// Products under a filter (docs/metrics.md, "Products"):
//  - every product with a sale, ranked by revenue (descending; ties by SKU,
//    ascending byte order); top N by revenue = the first N of that ranking;
//  - top N by units (descending; ties by SKU);
//  - revenue share per category (the line's category);
//  - ABC classes on the revenue ranking: with R = the revenue of the
//    products ranked above a product and T = total sales revenue, the product
//    is A when R < 80 % of T, B when R < 95 % of T, else C. So the product
//    that crosses a boundary belongs to the class it starts in (the product
//    that takes the cumulative share from 70 % to 85 % is A).
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

enum class AbcClass : uint8_t { kA = 0, kB = 1, kC = 2 };
const char* abc_name(AbcClass c);  // "A", "B", "C"

struct ProductRow {
  uint32_t product = 0;         // product id (FactStore::products)
  std::string_view sku;         // upper-cased SKU (views into the store's dictionaries)
  std::string_view name;        // most frequent description ("" when none)
  std::string_view category;    // the product's most frequent category ("" when none)
  Money revenue = 0;            // sales revenue
  int64_t units = 0;            // units sold
  int64_t lines = 0;            // sale lines
  double revenue_share = 0;     // revenue / total sales revenue
  double cumulative_share = 0;  // share of this product and all ranked above it
  AbcClass abc = AbcClass::kC;
};

struct CategoryRow {
  uint32_t category = 0;        // category id; 0 = lines without a category
  std::string_view name;        // "" for id 0
  Money revenue = 0;
  double revenue_share = 0;
  int64_t units = 0;
  int64_t lines = 0;
  int64_t products = 0;         // distinct products sold in the category
};

struct AbcClassRow {
  AbcClass abc = AbcClass::kA;
  int64_t products = 0;
  Money revenue = 0;
  double product_share = 0;     // products / ranked products
  double revenue_share = 0;     // revenue / total sales revenue
};

struct ProductAnalysis {
  Money revenue = 0;                     // total sales revenue of the selection
  std::vector<ProductRow> ranked;        // all products with a sale, by revenue
  std::vector<ProductRow> top_by_units;  // the first top_n by units
  std::vector<CategoryRow> categories;   // by revenue descending, ties by name
  std::array<AbcClassRow, 3> abc{};      // A, B, C
};

ProductAnalysis compute_products(const FactIndex& index, const Selection& selection, size_t top_n);

}  // namespace starcart
