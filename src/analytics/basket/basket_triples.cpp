#include "analytics/basket/basket_triples.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart::basket {

std::vector<TripleCount> count_triples(const std::vector<int32_t>& items, const std::vector<int64_t>& offsets, int32_t f,
                                       const std::vector<uint8_t>& frequent_pair, int64_t min_count) {
  std::vector<TripleCount> out;
  if (f < 3 || offsets.size() < 2) return out;
  const int64_t fs = f;
  // Where each product occurs: its position in `items` and the end of its order.
  std::vector<int64_t> first(static_cast<size_t>(fs) + 1, 0);
  for (int32_t r : items) ++first[static_cast<size_t>(r) + 1];
  for (size_t r = 1; r < first.size(); ++r) first[r] += first[r - 1];
  std::vector<int64_t> at(items.size()), end(items.size());
  std::vector<int64_t> fill(first.begin(), first.end() - 1);
  for (size_t o = 0; o + 1 < offsets.size(); ++o)
    for (int64_t p = offsets[o]; p < offsets[o + 1]; ++p) {
      const int64_t slot = fill[static_cast<size_t>(items[static_cast<size_t>(p)])]++;
      at[static_cast<size_t>(slot)] = p;
      end[static_cast<size_t>(slot)] = offsets[o + 1];
    }
  std::vector<uint32_t> count(static_cast<size_t>(fs * fs), 0);
  std::vector<int64_t> touched;
  std::vector<int32_t> linked;
  for (int64_t i = 0; i < fs; ++i) {
    for (int64_t s = first[static_cast<size_t>(i)]; s < first[static_cast<size_t>(i) + 1]; ++s) {
      // The later products of this order that form a frequent pair with i.
      linked.clear();
      for (int64_t p = at[static_cast<size_t>(s)] + 1; p < end[static_cast<size_t>(s)]; ++p) {
        const int32_t x = items[static_cast<size_t>(p)];
        if (frequent_pair[static_cast<size_t>(i * fs + x)]) linked.push_back(x);
      }
      for (size_t a = 0; a < linked.size(); ++a)
        for (size_t b = a + 1; b < linked.size(); ++b) {
          const int64_t c = linked[a] * fs + linked[b];
          if (!frequent_pair[static_cast<size_t>(c)]) continue;
          if (count[static_cast<size_t>(c)]++ == 0) touched.push_back(c);
        }
    }
    for (int64_t c : touched) {
      const int64_t n = count[static_cast<size_t>(c)];
      if (n >= min_count)
        out.push_back({static_cast<int32_t>(i), static_cast<int32_t>(c / fs), static_cast<int32_t>(c % fs), n});
      count[static_cast<size_t>(c)] = 0;
    }
    touched.clear();
  }
  sort_rows(out, [](const TripleCount& l, const TripleCount& r) {
    return l.i != r.i ? l.i < r.i : l.j != r.j ? l.j < r.j : l.k < r.k;
  });
  return out;
}

}  // namespace starcart::basket
