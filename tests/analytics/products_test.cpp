// Products, categories and ABC classes by hand on
// tests/data/csv/abc_boundary_categories.csv (one line per product, all on
// 2024-05-01):
//   category Exact: E1 10 x 5 = 50, E2 10 x 3 = 30, E3 2 x 5 = 10, E4 5 x 1 = 5,
//                   E5 3 x 1 = 3, E6 1 x 2 = 2                  (total 100)
//   category Cross: X1 7 x 10 = 70, X2 20 x 1 = 20, X3 6 x 1 = 6, X4 4 x 1 = 4 (total 100)
// Rule: with R = revenue of the products ranked above and T the total, A when
// R < 80 % of T, B when R < 95 %, else C.
#include <doctest.h>

#include "analytics/products.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

Money m(const char* s) { return *parse_money(s); }

std::string classes(const ProductAnalysis& p) {
  std::string out;
  for (const ProductRow& r : p.ranked) out += std::string(r.sku) + ":" + abc_name(r.abc) + " ";
  return out;
}

Filter category(const char* name) {
  Filter f;
  f.categories = {name};
  return f;
}

}  // namespace

TEST_CASE("ABC: a product that starts exactly at 80 % is B; at 95 %, C") {
  FactStore s = test::load_fixture("csv/abc_boundary_categories.csv");
  FactIndex x = build_fact_index(s);
  // Exact: R before E1 0, E2 50, E3 80 (not < 80: B), E4 90, E5 95 (not < 95: C), E6 97.
  ProductAnalysis p = compute_products(x, select_lines(s, category("Exact")), 10);
  CHECK(classes(p) == "E1:A E2:A E3:B E4:B E5:C E6:C ");
  CHECK(p.abc[0].products == 2);
  CHECK(p.abc[0].revenue == m("80"));
  CHECK(p.abc[1].revenue == m("15"));
  CHECK(p.abc[2].revenue == m("5"));
  CHECK(p.abc[2].revenue_share == doctest::Approx(0.05));
}

TEST_CASE("ABC: the product that crosses a boundary stays in the class it starts in") {
  FactStore s = test::load_fixture("csv/abc_boundary_categories.csv");
  FactIndex x = build_fact_index(s);
  // Cross: R before X1 0, X2 70 (< 80: A, takes the share to 90 %), X3 90
  // (< 95: B, to 96 %), X4 96 (C).
  ProductAnalysis p = compute_products(x, select_lines(s, category("Cross")), 10);
  CHECK(classes(p) == "X1:A X2:A X3:B X4:C ");
  CHECK(p.ranked[1].cumulative_share == doctest::Approx(0.9));
  CHECK(p.abc[0].product_share == doctest::Approx(0.5));
}

TEST_CASE("ranking, top by units with ties by SKU, ABC and categories over both categories") {
  FactStore s = test::load_fixture("csv/abc_boundary_categories.csv");
  FactIndex x = build_fact_index(s);
  ProductAnalysis p = compute_products(x, select_lines(s, Filter{}), 3);
  // By revenue: X1 70, E1 50, E2 30, X2 20, E3 10, X3 6, E4 5, X4 4, E5 3, E6 2
  // (T = 200). R before: 0, 70, 120, 150 (< 160: A); 170, 180, 186 (< 190: B);
  // 191, 195, 198 (C).
  CHECK(classes(p) == "X1:A E1:A E2:A X2:A E3:B X3:B E4:B X4:C E5:C E6:C ");
  CHECK(p.revenue == m("200"));
  CHECK(p.ranked[0].revenue_share == doctest::Approx(0.35));
  CHECK(p.ranked[0].name == "PRODUCT X1");
  CHECK(p.ranked[0].category == "Cross");
  // By units: X2 20, then E1 and E2 with 10 each (ties by SKU).
  REQUIRE(p.top_by_units.size() == 3);
  CHECK(p.top_by_units[0].sku == "X2");
  CHECK(p.top_by_units[1].sku == "E1");
  CHECK(p.top_by_units[2].sku == "E2");
  CHECK(p.top_by_units[0].units == 20);
  // Categories: 100 each, ties by name.
  REQUIRE(p.categories.size() == 2);
  CHECK(p.categories[0].name == "Cross");
  CHECK(p.categories[0].revenue_share == doctest::Approx(0.5));
  CHECK(p.categories[0].products == 4);
  CHECK(p.categories[0].units == 37);  // 7 + 20 + 6 + 4
  CHECK(p.categories[1].name == "Exact");
  CHECK(p.categories[1].products == 6);
}
