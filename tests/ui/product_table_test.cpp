#include <doctest.h>

#include "ui/product_table.h"

using namespace starcart;

namespace {
ProductRow row(const char* sku, const char* name, const char* category, int64_t units, AbcClass abc) {
  ProductRow r;
  r.sku = sku;
  r.name = name;
  r.category = category;
  r.units = units;
  r.abc = abc;
  return r;
}
// A ranking as compute_products gives it (revenue order).
const std::vector<ProductRow> kRanked = {
    row("85123A", "WHITE HANGING HEART", "Home", 40, AbcClass::kA),
    row("22423", "REGENCY CAKESTAND", "Kitchen", 90, AbcClass::kA),
    row("47566", "PARTY BUNTING", "Party", 10, AbcClass::kB),
    row("84879", "ASSORTED BIRD ORNAMENT", "Home", 90, AbcClass::kC),
};
}  // namespace

TEST_CASE("product table: rank order by default, revenue descending is the same") {
  CHECK(product_view(kRanked, ProductColumn::kRank, true, "") == std::vector<uint32_t>{0, 1, 2, 3});
  CHECK(product_view(kRanked, ProductColumn::kRevenue, false, "") == std::vector<uint32_t>{0, 1, 2, 3});
  CHECK(product_view(kRanked, ProductColumn::kRevenue, true, "") == std::vector<uint32_t>{3, 2, 1, 0});
}

TEST_CASE("product table: units descending, ties by rank") {
  CHECK(product_view(kRanked, ProductColumn::kUnits, false, "") == std::vector<uint32_t>{1, 3, 0, 2});
}

TEST_CASE("product table: text columns and ABC") {
  CHECK(product_view(kRanked, ProductColumn::kName, true, "") == std::vector<uint32_t>{3, 2, 1, 0});
  CHECK(product_view(kRanked, ProductColumn::kCategory, true, "") == std::vector<uint32_t>{0, 3, 1, 2});
  CHECK(product_view(kRanked, ProductColumn::kAbc, false, "") == std::vector<uint32_t>{3, 2, 0, 1});
}

TEST_CASE("product table: search over SKU, name and category, any case, spaces trimmed") {
  CHECK(product_view(kRanked, ProductColumn::kRank, true, " home ") == std::vector<uint32_t>{0, 3});
  CHECK(product_view(kRanked, ProductColumn::kRank, true, "cake") == std::vector<uint32_t>{1});
  CHECK(product_view(kRanked, ProductColumn::kRank, true, "8512") == std::vector<uint32_t>{0});
  CHECK(product_view(kRanked, ProductColumn::kRank, true, "nothing like it").empty());
}
