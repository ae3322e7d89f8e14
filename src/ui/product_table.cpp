#include "ui/product_table.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <string_view>

namespace starcart {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                     [](char a, char b) { return lower(a) == lower(b); }) != hay.end();
}

std::string_view trimmed(const std::string& s) {
  std::string_view v(s);
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  return v;
}

template <class T>
int compare(const T& x, const T& y) {
  return x < y ? -1 : y < x ? 1 : 0;
}

}  // namespace

std::vector<uint32_t> product_view(const std::vector<ProductRow>& ranked, ProductColumn by, bool ascending,
                                   const std::string& search) {
  const std::string_view needle = trimmed(search);
  std::vector<uint32_t> idx;
  for (size_t i = 0; i < ranked.size(); ++i) {
    const ProductRow& r = ranked[i];
    if (contains(r.sku, needle) || contains(r.name, needle) || contains(r.category, needle))
      idx.push_back(static_cast<uint32_t>(i));
  }
  auto key = [&](uint32_t x, uint32_t y) -> int {
    const ProductRow& a = ranked[x];
    const ProductRow& b = ranked[y];
    switch (by) {
      case ProductColumn::kSku: return compare(a.sku, b.sku);
      case ProductColumn::kName: return compare(a.name, b.name);
      case ProductColumn::kCategory: return compare(a.category, b.category);
      case ProductColumn::kUnits: return compare(a.units, b.units);
      case ProductColumn::kAbc: return compare(static_cast<int>(a.abc), static_cast<int>(b.abc));  // A first
      // Revenue and share follow the ranking: the ranked-higher row is the larger.
      case ProductColumn::kRevenue:
      case ProductColumn::kShare: return compare(y, x);
      case ProductColumn::kRank: return compare(x, y);
    }
    return 0;
  };
  sort_rows(idx, [&](uint32_t x, uint32_t y) {
    const int c = key(x, y);
    if (c != 0) return ascending ? c < 0 : c > 0;
    return x < y;
  });
  return idx;
}

}  // namespace starcart
