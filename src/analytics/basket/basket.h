// Market basket analysis under the current filter: which products are
// bought together in one order. An order is a basket of the distinct
// products in its sale lines (quantities and repeats do not matter).
//   (1) product support: orders holding each product; the frequent ones
//       (support ≥ min_support) are kept, at most kMaxBasketItems of the
//       most frequent (Apriori: a pair is never more frequent than its parts);
//   (2) pair counts of the kept products in a dense triangular table;
//   (3) rules for pairs with support ≥ min_support: support, confidence
//       both ways and lift = P(a, b) / (P(a) P(b));
//   (4) triples with support ≥ min_support (basket_triples.h), each with
//       its strongest rule {x, y} → z: confidence P(z | x, y) and
//       lift = P(x, y, z) / (P(x, y) P(z)).
#pragma once

#include <string>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart::basket {

inline constexpr int kMaxBasketItems = 1000;

struct BasketOptions {
  double min_support = 0.005;  // share of orders (pairs and their products)
  size_t max_pairs = 100;      // rows kept, highest lift first
  size_t max_triples = 100;    // likewise for triples
  size_t heatmap_products = 10;
};

struct ProductPair {
  uint32_t a = 0, b = 0;      // product ids, a more frequent than b (ties: lower id)
  std::string a_sku, b_sku, a_name, b_name;
  int64_t orders = 0;         // orders with both
  double support = 0;         // orders / all orders
  double confidence_ab = 0;   // P(b | a)
  double confidence_ba = 0;   // P(a | b)
  double lift = 0;
};

// A frequent triple and its rule {x, y} → z: of its three rules (each
// product as the consequent once), the one with the highest confidence;
// ties go to the higher lift, then to the less frequent consequent.
struct ProductTriple {
  uint32_t x = 0, y = 0, z = 0;  // product ids: x, y the antecedent (x more frequent), z the consequent
  std::string x_sku, y_sku, z_sku, x_name, y_name, z_name;
  int64_t orders = 0;            // orders with all three
  int64_t antecedent_orders = 0; // orders with x and y
  double support = 0;            // orders / all orders
  double confidence = 0;         // P(z | x, y) = orders / antecedent_orders
  double lift = 0;               // confidence / P(z)
};

struct Basket {
  int64_t orders = 0;               // orders with a sale line in the selection
  int64_t multi_item_orders = 0;    // of which with 2 or more distinct products
  int frequent_products = 0;        // products with support ≥ min_support
  int64_t frequent_pairs = 0;       // pairs with support ≥ min_support
  BasketOptions options;
  std::vector<ProductPair> pairs;   // highest lift first (ties: more orders)
  int64_t frequent_triples = 0;     // triples with support ≥ min_support
  std::vector<ProductTriple> triples;  // highest lift first (ties: more orders)
  // Lift among the most frequent products (heatmap): names and a row-major
  // matrix, NaN on the diagonal and where a pair never occurs.
  std::vector<std::string> heatmap_names;
  std::vector<double> heatmap_lift;
  double compute_ms = 0;
};

Basket analyze_basket(const FactIndex& index, const Selection& selection, const BasketOptions& options = {});

}  // namespace starcart::basket
