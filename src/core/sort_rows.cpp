#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

namespace {

// Runs this short are sorted by insertion first: fewer calls than merging.
constexpr size_t kRun = 12;

void insertion_sort(uint32_t* a, size_t n, PositionLess less, const void* c) {
  for (size_t i = 1; i < n; ++i) {
    const uint32_t v = a[i];
    size_t j = i;
    // Strictly less: an equal row stays behind the earlier one (stable).
    while (j > 0 && less(c, v, a[j - 1])) {
      a[j] = a[j - 1];
      --j;
    }
    a[j] = v;
  }
}

}  // namespace

void stable_sort_positions(uint32_t* order, size_t n, PositionLess less, const void* context) {
  for (size_t lo = 0; lo < n; lo += kRun) insertion_sort(order + lo, std::min(kRun, n - lo), less, context);
  if (n <= kRun) return;
  // Bottom-up merges between order and a buffer; the left run wins ties.
  std::vector<uint32_t> buffer(n);
  uint32_t* from = order;
  uint32_t* to = buffer.data();
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      const size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      size_t i = lo, j = mid, k = lo;
      if (mid < hi && !less(context, from[mid], from[mid - 1])) {
        // Already in order: the common case for nearly sorted input.
        std::copy(from + lo, from + hi, to + lo);
        continue;
      }
      while (i < mid && j < hi) to[k++] = less(context, from[j], from[i]) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    std::swap(from, to);
  }
  if (from != order) std::copy(from, from + n, order);
}

}  // namespace starcart
