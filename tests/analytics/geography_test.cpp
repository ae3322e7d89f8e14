// Geography, payments and returns by hand on
// tests/data/csv/geo_payments_returns.csv:
//   O1 3001 United Kingdom/England/London: P1 2 x 10 = 20 (Credit card), P2 1 x 5 = 5 (Gift card)
//   O2 3002 EIRE/Leinster/Dublin: P1 1 x 10 = 10 (PayPal)
//   O3 3001 United Kingdom/Scotland/Glasgow: P3 4 x 2.50 = 10 (PayPal, Email)
//   O4 guest Unspecified: P3 2 x 2.50 = 5 (Credit card)
//   O5 3003 France/Île-de-France/Paris: P2 3 x 5 = 15 (Credit card, Email)
//   C1 3001 UK/England: return P1 1 x 10 = 10 (Web); C2 3003 France: return P2 1 x 5 = 5 (Email)
//   A1: price −20, excluded.
// Sales revenue 65 in 5 orders, 6 sale lines; returns 15 in 2 lines.
#include <doctest.h>

#include "analytics/geography.h"
#include "analytics/kpis.h"
#include "analytics/payments.h"
#include "analytics/returns.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
Money m(const char* s) { return *parse_money(s); }
}  // namespace

TEST_CASE("countries with ISO codes; a name that is no country is kept and flagged") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  Geography g = compute_geography(x, select_lines(s, Filter{}));
  REQUIRE(g.countries.size() == 4);
  const CountryRow& uk = g.countries[0];
  CHECK(uk.name == "United Kingdom");
  CHECK(uk.alpha2 == "GB");
  CHECK(uk.numeric == 826);
  CHECK(uk.region == "Europe");
  CHECK(uk.revenue == m("35"));  // O1 25 + O3 10
  CHECK(uk.orders == 2);
  CHECK(uk.customers == 1);      // 3001 twice
  CHECK(uk.units == 7);
  CHECK(uk.return_value == m("10"));
  CHECK(uk.revenue_share == doctest::Approx(35.0 / 65));
  CHECK(g.countries[1].name == "France");
  CHECK(g.countries[2].name == "EIRE");      // as written ...
  CHECK(g.countries[2].alpha2 == "IE");      // ... and known as Ireland
  CHECK(g.countries[2].numeric == 372);
  const CountryRow& unspecified = g.countries[3];
  CHECK(unspecified.name == "Unspecified");
  CHECK_FALSE(unspecified.known);
  CHECK(unspecified.alpha2.empty());
  CHECK(unspecified.revenue == m("5"));
  CHECK(unspecified.customers == 0);         // a guest
}

TEST_CASE("states and cities; a customer in two states counts in each") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  Geography g = compute_geography(x, select_lines(s, Filter{}));
  // England 25, Île-de-France 15, Leinster 10, Scotland 10 (ties by name), "" 5.
  REQUIRE(g.states.size() == 5);
  CHECK(g.states[0].name == "England");
  CHECK(g.states[0].customers == 1);
  CHECK(g.states[1].name == "Île-de-France");
  CHECK(g.states[2].name == "Leinster");
  CHECK(g.states[3].name == "Scotland");
  CHECK(g.states[3].customers == 1);  // 3001 again
  CHECK(g.states[4].name == "");
  REQUIRE(g.cities.size() == 5);
  CHECK(g.cities[2].name == "Dublin");
  CHECK(g.cities[3].name == "Glasgow");
}

TEST_CASE("the data without state or city columns has no state or city rows") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  FactIndex x = build_fact_index(s);
  Geography g = compute_geography(x, select_lines(s, Filter{}));
  CHECK(g.states.empty());
  CHECK(g.cities.empty());
  CHECK(g.countries.size() == 2);
}

TEST_CASE("payment mix by orders and by value; an order paid two ways counts under both") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  Payments p = compute_payments(x, select_lines(s, Filter{}));
  CHECK(p.has_payment_types);
  // Credit card: O1 20, O4 5, O5 15 = 40 in 3 orders; PayPal: O2 10, O3 10 = 20
  // in 2; Gift card: O1 5 in 1. 6 (order, type) pairs.
  REQUIRE(p.types.size() == 3);
  CHECK(p.types[0].name == "Credit card");
  CHECK(p.types[0].revenue == m("40"));
  CHECK(p.types[0].orders == 3);
  CHECK(p.types[0].order_share == doctest::Approx(0.5));
  CHECK(p.types[0].revenue_share == doctest::Approx(40.0 / 65));
  CHECK(p.types[1].name == "PayPal");
  CHECK(p.types[1].orders == 2);
  CHECK(p.types[2].name == "Gift card");
  CHECK(p.types[2].orders == 1);
  CHECK(p.types[2].order_share == doctest::Approx(1.0 / 6));
}

TEST_CASE("channel and payment filters select lines") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  Filter email;
  email.channels = {"Email"};  // O3 10 + O5 15; return C2 5
  Kpis k = compute_kpis(x, select_lines(s, email), filter_period(s, email));
  CHECK(k.revenue == m("25"));
  CHECK(k.return_value == m("5"));
  Filter paypal;
  paypal.payment_types = {"PayPal"};
  k = compute_kpis(x, select_lines(s, paypal), filter_period(s, paypal));
  CHECK(k.revenue == m("20"));
  CHECK(k.orders == 2);
}

TEST_CASE("returns: value and rates by product, category and country") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  Returns r = compute_returns(x, select_lines(s, Filter{}));
  CHECK(r.return_value == m("15"));
  CHECK(r.return_lines == 2);
  CHECK(*r.rate_value == doctest::Approx(15.0 / 65));
  CHECK(*r.rate_lines == doctest::Approx(2.0 / 6));
  // P1: returned 10 of 30 sold (O1 20 + O2 10) in 2 sale lines; P2: 5 of 20 (5 + 15).
  REQUIRE(r.by_product.size() == 2);
  CHECK(r.by_product[0].key == "P1");
  CHECK(r.by_product[0].name == "ROBOT");
  CHECK(r.by_product[0].return_value == m("10"));
  CHECK(r.by_product[0].return_units == 1);
  CHECK(*r.by_product[0].rate_value == doctest::Approx(1.0 / 3));
  CHECK(*r.by_product[0].rate_lines == doctest::Approx(0.5));
  CHECK(*r.by_product[1].rate_value == doctest::Approx(0.25));
  // Toys: 15 of 50 (O1 25, O2 10, O5 15); Garden has no return and no row.
  REQUIRE(r.by_category.size() == 1);
  CHECK(r.by_category[0].key == "Toys");
  CHECK(*r.by_category[0].rate_value == doctest::Approx(0.3));
  // United Kingdom 10 of 35, France 5 of 15.
  REQUIRE(r.by_country.size() == 2);
  CHECK(r.by_country[0].key == "United Kingdom");
  CHECK(*r.by_country[0].rate_value == doctest::Approx(10.0 / 35));
  CHECK(*r.by_country[1].rate_value == doctest::Approx(1.0 / 3));
}

TEST_CASE("a return of goods sold before the period has no rate") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.from = days_from_civil(2024, 4, 8);  // only the two returns
  Returns r = compute_returns(x, select_lines(s, f));
  CHECK(r.return_value == m("15"));
  CHECK_FALSE(r.rate_value.has_value());
  REQUIRE(r.by_product.size() == 2);
  CHECK_FALSE(r.by_product[0].rate_value.has_value());
}
