// For each value, how many values are strictly smaller: the "worse" count of
// the tie-safe RFM score (analytics/rfm.h). Equal values get equal counts.
// O(n + range) by counting when the values span a small range (recency in
// days, frequency in orders), else an LSD radix sort (monetary): no
// comparison sort, so scoring 40k customers costs well under a millisecond.
#pragma once

#include <cstdint>
#include <vector>

namespace starcart {

std::vector<int32_t> count_smaller(const std::vector<int64_t>& values);

}  // namespace starcart
