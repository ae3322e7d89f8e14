// The Products tab's table: a sorted and searched view of the revenue
// ranking (indices into it, so thousands of products are never copied).
// Pure and unit-tested.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/products.h"

namespace starcart {

enum class ProductColumn : uint8_t { kRank, kSku, kName, kCategory, kRevenue, kUnits, kShare, kAbc };

// Indices of the rows whose SKU, name or category contains `search`
// (case-insensitive ASCII, surrounding spaces ignored; empty = all), sorted
// by `by`, ties by rank (the revenue ranking's order). Revenue and share
// sort as the ranking does (descending = rank 1 first); ABC ascending = A
// first; text columns by byte order.
std::vector<uint32_t> product_view(const std::vector<ProductRow>& ranked, ProductColumn by, bool ascending,
                                   const std::string& search);

}  // namespace starcart
