#include "analytics/rank_counts.h"

#include <algorithm>

namespace starcart {

namespace {

std::vector<int32_t> by_counting(const std::vector<int64_t>& v, int64_t lo, int64_t hi) {
  // below[x − lo] = number of values < x.
  std::vector<int32_t> below(static_cast<size_t>(hi - lo) + 2, 0);
  for (int64_t x : v) ++below[static_cast<size_t>(x - lo) + 1];
  for (size_t k = 1; k < below.size(); ++k) below[k] += below[k - 1];
  std::vector<int32_t> out(v.size());
  for (size_t k = 0; k < v.size(); ++k) out[k] = below[static_cast<size_t>(v[k] - lo)];
  return out;
}

// Counting when the range is no wider than a few times the count.
bool small_range(int64_t lo, int64_t hi, size_t n) {
  return static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo) <= 4 * static_cast<uint64_t>(n) + 4096;
}

std::vector<int32_t> by_radix(const std::vector<int64_t>& v) {
  const size_t n = v.size();
  // Signed order as unsigned order: flip the sign bit.
  std::vector<uint64_t> key(n), key2(n);
  std::vector<uint32_t> idx(n), idx2(n);
  for (size_t k = 0; k < n; ++k) {
    key[k] = static_cast<uint64_t>(v[k]) ^ (uint64_t{1} << 63);
    idx[k] = static_cast<uint32_t>(k);
  }
  for (int shift = 0; shift < 64; shift += 8) {
    size_t count[257] = {};
    for (uint64_t x : key) ++count[((x >> shift) & 0xff) + 1];
    if (std::any_of(count + 1, count + 257, [&](size_t c) { return c == n; })) continue;  // one bucket: no move
    for (size_t b = 1; b < 257; ++b) count[b] += count[b - 1];
    for (size_t k = 0; k < n; ++k) {
      const size_t pos = count[(key[k] >> shift) & 0xff]++;
      key2[pos] = key[k];
      idx2[pos] = idx[k];
    }
    key.swap(key2);
    idx.swap(idx2);
  }
  std::vector<int32_t> out(n);
  size_t first = 0;
  for (size_t p = 0; p < n; ++p) {
    if (p > 0 && key[p] != key[p - 1]) first = p;
    out[idx[p]] = static_cast<int32_t>(first);
  }
  return out;
}

}  // namespace

std::vector<int32_t> count_smaller(const std::vector<int64_t>& v) {
  if (v.empty()) return {};
  const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
  if (small_range(*lo, *hi, v.size())) return by_counting(v, *lo, *hi);
  return by_radix(v);
}

std::vector<uint8_t> quintile_scores(const std::vector<int64_t>& v) {
  const size_t n = v.size();
  std::vector<uint8_t> out(n);
  if (n == 0) return out;
  const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
  if (small_range(*lo, *hi, n)) {  // recency, frequency: counting is cheaper still
    const std::vector<int32_t> worse = by_counting(v, *lo, *hi);
    for (size_t i = 0; i < n; ++i)
      out[i] = static_cast<uint8_t>(std::min<uint64_t>(5, 1 + 5 * static_cast<uint64_t>(worse[i]) / n));
    return out;
  }
  std::vector<int64_t> order(v);
  int64_t below[4];  // below[k − 1] = the t_k-th smallest value
  // From k = 4 down: the t_4 smallest values end up in front, so each next
  // search runs on the part before the last one found.
  size_t end = n;
  for (size_t k = 4; k >= 1; --k) {
    const size_t t = (k * n + 4) / 5;  // ⌈k·n / 5⌉ ≥ 1
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(t - 1),
                     order.begin() + static_cast<std::ptrdiff_t>(end));
    below[k - 1] = order[t - 1];
    end = t;
  }
  for (size_t i = 0; i < n; ++i)
    out[i] = static_cast<uint8_t>(1 + (v[i] > below[0]) + (v[i] > below[1]) + (v[i] > below[2]) + (v[i] > below[3]));
  return out;
}

}  // namespace starcart
