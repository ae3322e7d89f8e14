// The Overview's mix by hand on tests/data/csv/geo_payments_returns.csv
// (sales: O1 20 + 5, O2 10, O3 10, O4 5, O5 15 = 65; returns C1, C2 and the
// excluded A1 count nowhere):
//   categories: Toys 20 + 5 + 10 + 15 = 50, Garden 10 + 5 = 15
//   payment types: Credit card 20 + 5 + 15 = 40, PayPal 10 + 10 = 20, Gift card 5
//   countries: United Kingdom 25 + 10 = 35, France 15, EIRE 10, Unspecified 5
#include <doctest.h>

#include "analytics/geography.h"
#include "analytics/overview_mix.h"
#include "analytics/payments.h"
#include "analytics/products.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
Money m(const char* s) { return *parse_money(s); }
}  // namespace

TEST_CASE("overview mix: revenue and share per category, payment type and country, largest first") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  const OverviewMix mix = compute_overview_mix(x, select_lines(s, Filter{}));
  CHECK(mix.has_payment_types);
  REQUIRE(mix.categories.size() == 2);
  CHECK(mix.categories[0].name == "Toys");
  CHECK(mix.categories[0].revenue == m("50"));
  CHECK(mix.categories[0].revenue_share == doctest::Approx(50.0 / 65));
  CHECK(mix.categories[1].name == "Garden");
  CHECK(mix.categories[1].revenue == m("15"));
  REQUIRE(mix.payment_types.size() == 3);
  CHECK(mix.payment_types[0].name == "Credit card");
  CHECK(mix.payment_types[0].revenue == m("40"));
  CHECK(mix.payment_types[1].name == "PayPal");
  CHECK(mix.payment_types[1].revenue == m("20"));
  CHECK(mix.payment_types[2].name == "Gift card");
  CHECK(mix.payment_types[2].revenue_share == doctest::Approx(5.0 / 65));
  REQUIRE(mix.countries.size() == 4);
  CHECK(mix.countries[0].name == "United Kingdom");
  CHECK(mix.countries[0].revenue == m("35"));
  CHECK(mix.countries[1].name == "France");
  CHECK(mix.countries[2].name == "EIRE");
  CHECK(mix.countries[3].name == "Unspecified");
  CHECK(mix.countries[3].revenue == m("5"));
}

TEST_CASE("overview mix: the same rows as the Products, Payments and Geography analyses under a filter") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.channels = {"Web"};  // O1, O2, O4 sales (and C1): Toys 35, Garden 5
  const Selection sel = select_lines(s, f);
  const OverviewMix mix = compute_overview_mix(x, sel);
  const ProductAnalysis products = compute_products(x, sel, 10);
  const Payments payments = compute_payments(x, sel);
  const Geography geo = compute_geography(x, sel);
  REQUIRE(mix.categories.size() == products.categories.size());
  CHECK(mix.categories[0].revenue == m("35"));
  for (size_t i = 0; i < mix.categories.size(); ++i) {
    CHECK(mix.categories[i].name == products.categories[i].name);
    CHECK(mix.categories[i].revenue == products.categories[i].revenue);
  }
  REQUIRE(mix.payment_types.size() == payments.types.size());
  for (size_t i = 0; i < mix.payment_types.size(); ++i) {
    CHECK(mix.payment_types[i].name == payments.types[i].name);
    CHECK(mix.payment_types[i].revenue == payments.types[i].revenue);
  }
  // Geography also lists countries with returns only; the mix lists sales.
  size_t k = 0;
  for (const CountryRow& c : geo.countries) {
    if (c.revenue <= 0) continue;
    REQUIRE(k < mix.countries.size());
    CHECK(mix.countries[k].name == c.name);
    CHECK(mix.countries[k].revenue == c.revenue);
    ++k;
  }
  CHECK(k == mix.countries.size());
}
