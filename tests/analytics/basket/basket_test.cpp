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

namespace {

// Nine orders for triples: O1 {A,B,C}, O2 {A,B,C}, O3 {A,B}, O4 {A,C},
// O5 {B,C}, O6 {A,B,C,D}, O7 {D}, O8 {A}, O9 {A,B}.
// Orders with A: O1 O2 O3 O4 O6 O8 O9 = 7; B: O1 O2 O3 O5 O6 O9 = 6;
// C: O1 O2 O4 O5 O6 = 5; D: O6 O7 = 2.
// Pairs: AB = O1 O2 O3 O6 O9 = 5, AC = O1 O2 O4 O6 = 4, BC = O1 O2 O5 O6 = 4,
// AD = BD = CD = 1 (O6). Triples: ABC = O1 O2 O6 = 3; ABD = ACD = BCD = 1.
FactStore nine_orders() {
  std::string csv = "order_id,order_date,customer_id,sku,description,quantity,unit_price\n";
  const char* orders[] = {"ABC", "ABC", "AB", "AC", "BC", "ABCD", "D", "A", "AB"};
  const char* names[] = {"Apple", "Bread", "Cheese", "Dates"};
  for (int o = 0; o < 9; ++o)
    for (const char* p = orders[o]; *p; ++p)
      csv += "O" + std::to_string(o + 1) + ",2024-01-0" + std::to_string(o + 1) + ",K" + std::to_string(o + 1) + "," +
             std::string(1, *p) + "," + names[*p - 'A'] + ",1,1\n";
  auto s = test::load_csv("triples.csv", csv);
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
  return std::move(*s);
}

}  // namespace

TEST_CASE("basket triples: the strongest rule {x, y} -> z by hand") {
  FactStore s = nine_orders();
  FactIndex x = build_fact_index(s);
  BasketOptions o;
  o.min_support = 0.2;  // 0.2 × 9 = 1.8: at least 2 orders; D (2) is kept, its pairs (1) are not
  Basket b = analyze_basket(x, select_lines(s, Filter{}), o);
  CHECK(b.orders == 9);
  CHECK(b.frequent_pairs == 3);
  CHECK(b.frequent_triples == 1);
  REQUIRE(b.triples.size() == 1);
  // ABC in 3 of 9 orders. Its rules:
  //   {A,B} -> C: 3/5 = 0.6,  lift 0.6 / (5/9) = 1.08
  //   {A,C} -> B: 3/4 = 0.75, lift 0.75 / (6/9) = 1.125
  //   {B,C} -> A: 3/4 = 0.75, lift 0.75 / (7/9) = 0.9643
  // Highest confidence, tie to the higher lift: {A,C} -> B.
  const ProductTriple& t = b.triples[0];
  CHECK(t.x_sku == "A");
  CHECK(t.y_sku == "C");
  CHECK(t.z_sku == "B");
  CHECK(t.z_name == "Bread");
  CHECK(t.orders == 3);
  CHECK(t.antecedent_orders == 4);
  CHECK(t.support == doctest::Approx(3.0 / 9));
  CHECK(t.confidence == doctest::Approx(0.75));
  CHECK(t.lift == doctest::Approx(1.125));
}

TEST_CASE("basket triples at a one-order minimum: every triple, highest lift first") {
  FactStore s = nine_orders();
  FactIndex x = build_fact_index(s);
  BasketOptions o;
  o.min_support = 0.1;  // 0.9: one order
  Basket b = analyze_basket(x, select_lines(s, Filter{}), o);
  CHECK(b.frequent_pairs == 6);
  CHECK(b.frequent_triples == 4);
  REQUIRE(b.triples.size() == 4);
  // ACD: {A,D} -> C 1/1, lift 9/5 = 1.8 ({C,D} -> A: lift 9/7; {A,C} -> D: conf 1/4).
  // BCD: {B,D} -> C 1/1, lift 1.8 ({C,D} -> B: lift 1.5).
  // ABD: {A,D} -> B 1/1, lift 9/6 = 1.5 ({B,D} -> A: lift 9/7).
  // ABC: {A,C} -> B, lift 1.125 (above).
  // Equal lift and orders keep the rank order: ACD (A, C, D) before BCD.
  CHECK(b.triples[0].x_sku + b.triples[0].y_sku + ">" + b.triples[0].z_sku == "AD>C");
  CHECK(b.triples[0].lift == doctest::Approx(1.8));
  CHECK(b.triples[1].x_sku + b.triples[1].y_sku + ">" + b.triples[1].z_sku == "BD>C");
  CHECK(b.triples[1].lift == doctest::Approx(1.8));
  CHECK(b.triples[2].x_sku + b.triples[2].y_sku + ">" + b.triples[2].z_sku == "AD>B");
  CHECK(b.triples[2].lift == doctest::Approx(1.5));
  CHECK(b.triples[2].confidence == doctest::Approx(1.0));
  CHECK(b.triples[2].support == doctest::Approx(1.0 / 9));
  CHECK(b.triples[3].x_sku + b.triples[3].y_sku + ">" + b.triples[3].z_sku == "AC>B");
}

TEST_CASE("basket triples need all three pairs frequent (Apriori)") {
  // Five orders of the first fixture at two orders minimum: AB, AC, BC are
  // frequent but ABC is in O1 only, so no triple.
  FactStore s = five_orders();
  FactIndex x = build_fact_index(s);
  BasketOptions o;
  o.min_support = 0.3;
  Basket b = analyze_basket(x, select_lines(s, Filter{}), o);
  CHECK(b.frequent_triples == 0);
  CHECK(b.triples.empty());
}
