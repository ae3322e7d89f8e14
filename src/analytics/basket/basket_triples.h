// Step (4) of the market basket analysis (basket.h): frequent triples. By
// Apriori, a triple {i, j, k} can reach the minimum support only when its
// three pairs do. The orders are walked per first product i (the lowest
// rank of the triple): in each order holding i, the later products paired
// frequently with i are the candidates, and each candidate pair (j, k) that
// is itself frequent adds one to a dense j × k table that is emptied (only
// its touched cells) before the next i. Triples are thus counted once each,
// with array increments rather than a hash table (14 s → well under a second
// at 1M lines and 0.05 % support).
#pragma once

#include <cstdint>
#include <vector>

namespace starcart::basket {

struct TripleCount {
  int32_t i = 0, j = 0, k = 0;  // ranks of the three products, i < j < k
  int64_t orders = 0;
};

// `items` holds each order's product ranks (ascending within an order, all
// below `f`) one order after another, order o at [offsets[o], offsets[o + 1]).
// `frequent_pair[a * f + b]` (a < b) is 1 when the pair reached the minimum
// support. Returns the triples in at least `min_count` orders, in rank order
// (i, then j, then k).
std::vector<TripleCount> count_triples(const std::vector<int32_t>& items, const std::vector<int64_t>& offsets, int32_t f,
                                       const std::vector<uint8_t>& frequent_pair, int64_t min_count);

}  // namespace starcart::basket
