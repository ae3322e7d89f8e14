// Market basket figures against hand counts on five orders.
#include <doctest.h>

#include <cmath>

#include "analytics/basket/basket.h"
#include "support/test_data.h"

using namespace starcart;
using namespace starcart::basket;

namespace {

// O1 {A, B, C}, O2 {A, B} (A on two lines), O3 {A, C}, O4 {B, C}, O5 {A, B, D},
// and a return of C in O6 (returns are no basket).
// Orders with A: 4, B: 4, C: 3, D: 1. Pairs: AB 3 (O1 O2 O5), AC 2 (O1 O3),
// BC 2 (O1 O4), AD 1, BD 1.
FactStore five_orders() {
  auto s = test::load_csv("basket.csv",
                          "order_id,order_date,customer_id,sku,description,quantity,unit_price\n"
                          "O1,2024-01-01,K1,A,Apple,1,1\nO1,2024-01-01,K1,B,Bread,1,1\nO1,2024-01-01,K1,C,Cheese,1,1\n"
                          "O2,2024-01-02,K2,A,Apple,1,1\nO2,2024-01-02,K2,B,Bread,1,1\nO2,2024-01-02,K2,A,Apple,2,1\n"
                          "O3,2024-01-03,K3,A,Apple,1,1\nO3,2024-01-03,K3,C,Cheese,1,1\n"
                          "O4,2024-01-04,K4,B,Bread,1,1\nO4,2024-01-04,K4,C,Cheese,1,1\n"
                          "O5,2024-01-05,K5,A,Apple,1,1\nO5,2024-01-05,K5,B,Bread,1,1\nO5,2024-01-05,K5,D,Dates,1,1\n"
                          "O6,2024-01-06,K5,C,Cheese,-1,1\n");
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
  return std::move(*s);
}

}  // namespace

TEST_CASE("basket pairs: support, confidence and lift by hand") {
  FactStore s = five_orders();
  FactIndex x = build_fact_index(s);
  BasketOptions o;
  o.min_support = 0.3;  // 0.3 × 5 orders: at least 2 orders; D (1) and AD, BD (1) drop out
  Basket b = analyze_basket(x, select_lines(s, Filter{}), o);
  CHECK(b.orders == 5);
  CHECK(b.multi_item_orders == 5);
  CHECK(b.frequent_products == 3);
  CHECK(b.frequent_pairs == 3);
  REQUIRE(b.pairs.size() == 3);
  // Highest lift first: AB = 3·5 / (4·4) = 0.9375, then AC = BC = 2·5 / (4·3).
  const ProductPair& ab = b.pairs[0];
  CHECK(ab.a_sku == "A");
  CHECK(ab.b_sku == "B");
  CHECK(ab.orders == 3);
  CHECK(ab.support == doctest::Approx(0.6));
  CHECK(ab.confidence_ab == doctest::Approx(0.75));
  CHECK(ab.confidence_ba == doctest::Approx(0.75));
  CHECK(ab.lift == doctest::Approx(0.9375));
  for (int k = 1; k < 3; ++k) {
    const ProductPair& p = b.pairs[k];
    CHECK(p.b_sku == "C");
    CHECK(p.orders == 2);
    CHECK(p.support == doctest::Approx(0.4));
    CHECK(p.confidence_ab == doctest::Approx(0.5));      // 2 of the 4 orders with A (or B)
    CHECK(p.confidence_ba == doctest::Approx(2.0 / 3));  // 2 of the 3 orders with C
    CHECK(p.lift == doctest::Approx(10.0 / 12));
  }
  CHECK(b.pairs[1].a_name == "Apple");
}

TEST_CASE("basket with a low minimum support keeps the rare pairs") {
  FactStore s = five_orders();
  FactIndex x = build_fact_index(s);
  BasketOptions o;
  o.min_support = 0.2;  // one order
  Basket b = analyze_basket(x, select_lines(s, Filter{}), o);
  CHECK(b.frequent_products == 4);
  CHECK(b.frequent_pairs == 5);
  // AD: 1·5 / (4·1) = 1.25 and BD the same: the highest lifts.
  REQUIRE(b.pairs.size() == 5);
  CHECK(b.pairs[0].lift == doctest::Approx(1.25));
  CHECK(b.pairs[0].b_sku == "D");
  CHECK(b.pairs[1].lift == doctest::Approx(1.25));
  // Heatmap of the 4 products, symmetric, NaN on the diagonal and for C-D.
  REQUIRE(b.heatmap_names.size() == 4);
  CHECK(std::isnan(b.heatmap_lift[0]));
  CHECK(b.heatmap_lift[1] == doctest::Approx(b.heatmap_lift[4]));
}
