#include "analytics/basket/basket.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "analytics/basket/basket_triples.h"
#include "core/sort_rows.h"

namespace starcart::basket {

namespace {

// Each order's distinct products, one order after another: baskets[k] is
// items[offsets[k]..offsets[k + 1]). An order's sale lines need not be
// consecutive (lines are in date order), so lines are grouped by order
// first; grouped once, then read by every step below.
struct Baskets {
  std::vector<uint32_t> items;
  std::vector<uint32_t> offsets{0};
  size_t size() const { return offsets.size() - 1; }
};

Baskets group_baskets(const FactStore& s, const Selection& sel) {
  std::vector<uint32_t> count(s.orders.size() + 1, 0);
  for (uint32_t i : sel.lines)
    if (s.kind[i] == LineKind::kSale && s.product[i] != 0) ++count[s.order[i] + 1];
  for (size_t o = 1; o < count.size(); ++o) count[o] += count[o - 1];
  Baskets b;
  b.items.resize(count.back());
  std::vector<uint32_t> fill(count.begin(), count.end() - 1);
  for (uint32_t i : sel.lines)
    if (s.kind[i] == LineKind::kSale && s.product[i] != 0) b.items[fill[s.order[i]]++] = s.product[i];
  // Sort and de-duplicate each order's products, compacting in place.
  uint32_t out = 0;
  for (size_t o = 0; o + 1 < count.size(); ++o) {
    if (count[o] == count[o + 1]) continue;
    uint32_t* first = b.items.data() + count[o];
    uint32_t* last = b.items.data() + count[o + 1];
    std::sort(first, last);
    last = std::unique(first, last);
    out = static_cast<uint32_t>(std::copy(first, last, b.items.data() + out) - b.items.data());
    b.offsets.push_back(out);
  }
  b.items.resize(out);
  return b;
}

}  // namespace

Basket analyze_basket(const FactIndex& index, const Selection& selection, const BasketOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const FactStore& s = index.facts();
  Basket b;
  b.options = options;
  // (1) Product support.
  const Baskets baskets = group_baskets(s, selection);
  std::vector<int64_t> support(s.products.size(), 0);
  b.orders = static_cast<int64_t>(baskets.size());
  for (size_t k = 0; k < baskets.size(); ++k) b.multi_item_orders += baskets.offsets[k + 1] - baskets.offsets[k] > 1;
  for (uint32_t p : baskets.items) ++support[p];
  if (b.orders == 0) return b;
  const int64_t min_count = std::max<int64_t>(1, static_cast<int64_t>(std::ceil(options.min_support * b.orders - 1e-9)));
  std::vector<uint32_t> frequent;
  for (uint32_t p = 1; p < support.size(); ++p)
    if (support[p] >= min_count) frequent.push_back(p);
  sort_rows(frequent, [&](uint32_t l, uint32_t r) { return support[l] > support[r]; });
  b.frequent_products = static_cast<int>(frequent.size());
  if (frequent.size() > static_cast<size_t>(kMaxBasketItems)) frequent.resize(kMaxBasketItems);
  // Rank in `frequent` (0 = most frequent) per product; -1 = not kept.
  std::vector<int32_t> rank(s.products.size(), -1);
  for (size_t k = 0; k < frequent.size(); ++k) rank[frequent[k]] = static_cast<int32_t>(k);
  // (2) Pair counts: cell (i, j), i < j ranks, at i·F − i(i+1)/2 + (j − i − 1).
  const int64_t f = static_cast<int64_t>(frequent.size());
  std::vector<uint32_t> pair_count(static_cast<size_t>(f * (f - 1) / 2 + 1), 0);
  auto cell = [f](int64_t i, int64_t j) { return static_cast<size_t>(i * f - i * (i + 1) / 2 + (j - i - 1)); };
  // Each order's kept ranks are also kept (one after another) for step (4).
  std::vector<int32_t> ranks, basket_items;
  std::vector<int64_t> basket_offsets{0};
  for (size_t k = 0; k < baskets.size(); ++k) {
    ranks.clear();
    for (uint32_t x = baskets.offsets[k]; x < baskets.offsets[k + 1]; ++x)
      if (rank[baskets.items[x]] >= 0) ranks.push_back(rank[baskets.items[x]]);
    std::sort(ranks.begin(), ranks.end());
    for (size_t x = 0; x < ranks.size(); ++x)
      for (size_t y = x + 1; y < ranks.size(); ++y) ++pair_count[cell(ranks[x], ranks[y])];
    if (ranks.size() >= 3) {
      basket_items.insert(basket_items.end(), ranks.begin(), ranks.end());
      basket_offsets.push_back(static_cast<int64_t>(basket_items.size()));
    }
  }
  // (3) Rules.
  const double n = static_cast<double>(b.orders);
  auto make_pair = [&](int64_t i, int64_t j, int64_t both) {
    ProductPair q;
    q.a = frequent[i];
    q.b = frequent[j];
    q.orders = both;
    q.support = both / n;
    q.confidence_ab = static_cast<double>(both) / support[q.a];
    q.confidence_ba = static_cast<double>(both) / support[q.b];
    q.lift = both * n / (static_cast<double>(support[q.a]) * support[q.b]);
    return q;
  };
  for (int64_t i = 0; i < f; ++i)
    for (int64_t j = i + 1; j < f; ++j) {
      const int64_t both = pair_count[cell(i, j)];
      if (both < min_count) continue;
      ++b.frequent_pairs;
      b.pairs.push_back(make_pair(i, j, both));
    }
  sort_rows(b.pairs, [](const ProductPair& l, const ProductPair& r) {
    return l.lift != r.lift ? l.lift > r.lift : l.orders > r.orders;
  });
  if (b.pairs.size() > options.max_pairs) b.pairs.resize(options.max_pairs);
  // (4) Triples and their strongest rule.
  std::vector<uint8_t> frequent_pair(static_cast<size_t>(f * f), 0);
  for (int64_t i = 0; i < f; ++i)
    for (int64_t j = i + 1; j < f; ++j) frequent_pair[static_cast<size_t>(i * f + j)] = pair_count[cell(i, j)] >= min_count;
  const std::vector<TripleCount> triples =
      count_triples(basket_items, basket_offsets, static_cast<int32_t>(f), frequent_pair, min_count);
  b.frequent_triples = static_cast<int64_t>(triples.size());
  for (const TripleCount& t : triples) {
    const int32_t r[3] = {t.i, t.j, t.k};
    ProductTriple best;
    int best_c = -1;
    for (int c = 2; c >= 0; --c) {  // the least frequent consequent first: it wins ties
      const int32_t u = r[c == 0 ? 1 : 0], v = r[c == 2 ? 1 : 2];  // the other two, u < v
      const int64_t both = pair_count[cell(u, v)];
      const double confidence = static_cast<double>(t.orders) / static_cast<double>(both);
      const double lift = confidence * n / static_cast<double>(support[frequent[r[c]]]);
      if (best_c < 0 || confidence > best.confidence || (confidence == best.confidence && lift > best.lift)) {
        best_c = c;
        best.x = frequent[u];
        best.y = frequent[v];
        best.z = frequent[r[c]];
        best.antecedent_orders = both;
        best.confidence = confidence;
        best.lift = lift;
      }
    }
    best.orders = t.orders;
    best.support = t.orders / n;
    b.triples.push_back(best);
  }
  sort_rows(b.triples, [](const ProductTriple& l, const ProductTriple& r) {
    return l.lift != r.lift ? l.lift > r.lift : l.orders > r.orders;
  });
  if (b.triples.size() > options.max_triples) b.triples.resize(options.max_triples);
  auto name_of = [&](uint32_t p) {
    const uint32_t nm = p < s.product_name.size() ? s.product_name[p] : 0;
    return std::string(nm != 0 ? s.product_names.at(nm) : s.products.at(p));
  };
  for (ProductTriple& q : b.triples) {
    q.x_sku = std::string(s.products.at(q.x));
    q.y_sku = std::string(s.products.at(q.y));
    q.z_sku = std::string(s.products.at(q.z));
    q.x_name = name_of(q.x);
    q.y_name = name_of(q.y);
    q.z_name = name_of(q.z);
  }
  for (ProductPair& q : b.pairs) {
    q.a_sku = std::string(s.products.at(q.a));
    q.b_sku = std::string(s.products.at(q.b));
    q.a_name = name_of(q.a);
    q.b_name = name_of(q.b);
  }
  // Heatmap of the most frequent products.
  const int64_t h = std::min<int64_t>(f, static_cast<int64_t>(options.heatmap_products));
  b.heatmap_lift.assign(static_cast<size_t>(h * h), std::numeric_limits<double>::quiet_NaN());
  for (int64_t i = 0; i < h; ++i) {
    b.heatmap_names.push_back(name_of(frequent[i]));
    for (int64_t j = i + 1; j < h; ++j) {
      const int64_t both = pair_count[cell(i, j)];
      if (both == 0) continue;
      const double lift = make_pair(i, j, both).lift;
      b.heatmap_lift[i * h + j] = b.heatmap_lift[j * h + i] = lift;
    }
  }
  b.compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return b;
}

}  // namespace starcart::basket
