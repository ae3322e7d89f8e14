// One stable sort for the many small tables the engine and the UI order
// (top products, segments, campaigns, chart bars...). Each std::sort or
// std::stable_sort with its own comparator lambda is a separate template
// instantiation of the whole algorithm: there were sixty of them, 86 kB of
// the page's 1 MB gzipped budget. Here the algorithm is compiled once
// (sort_rows.cpp, a merge sort over row positions that calls the comparator
// through a pointer); each call site adds only a tiny comparator thunk and
// a reorder loop for its row type.
//
// Stable (rows that compare equal keep their order), so results are the
// same on every target. The indirect call makes it slower than an inlined
// std::sort: keep std::sort for the million-row sorts on hot paths
// (ingest, fact assembly) and for plain numbers (one instantiation each).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace starcart {

// Does the row at position a go before the row at position b?
using PositionLess = bool (*)(const void* context, uint32_t a, uint32_t b);

// Sorts order[0..n) (row positions) stably by less.
void stable_sort_positions(uint32_t* order, size_t n, PositionLess less, const void* context);

// The positions 0..n-1 in the stable order that less(a, b) gives.
template <class Less>
std::vector<uint32_t> stable_order(size_t n, const Less& less) {
  std::vector<uint32_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = static_cast<uint32_t>(i);
  stable_sort_positions(
      order.data(), n,
      [](const void* c, uint32_t a, uint32_t b) { return (*static_cast<const Less*>(c))(a, b); }, &less);
  return order;
}

// Sorts rows stably by less(const T&, const T&).
template <class T, class Less>
void sort_rows(std::vector<T>& rows, const Less& less) {
  if (rows.size() < 2) return;
  const std::vector<uint32_t> order =
      stable_order(rows.size(), [&](uint32_t a, uint32_t b) { return less(rows[a], rows[b]); });
  std::vector<T> sorted;
  sorted.reserve(rows.size());
  for (uint32_t i : order) sorted.push_back(std::move(rows[i]));
  rows.swap(sorted);
}

}  // namespace starcart
