// The once-per-load index: distinct-pair keys, first sales, ISO countries.
#include <doctest.h>

#include "analytics/fact_index.h"
#include "support/test_data.h"

using namespace starcart;

TEST_CASE("pair keys are the entity ids while every entity has one value") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  // Every order has one customer, one country, one state and one city.
  CHECK(x.order_customer.key.empty());
  CHECK(x.order_country.key.empty());
  CHECK(x.order_state.key.empty());
  CHECK(x.order_customer.count == s.orders.size());
}

TEST_CASE("an entity with two values gets one key per pair") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  // O1 is paid by credit card and gift card: (O1, Credit card) keeps O1's
  // id, (O1, Gift card) gets the first id after the orders.
  REQUIRE_FALSE(x.order_payment.key.empty());
  CHECK(x.order_payment.count == s.orders.size() + 1);
  // 3001 bought in England and Scotland (one country): two state pairs.
  CHECK(x.customer_country.key.empty());
  REQUIRE_FALSE(x.customer_state.key.empty());
  CHECK(x.customer_state.count == s.customers.size() + 1);
}

TEST_CASE("first sale of each customer in the whole data; guests have none") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  CHECK(x.first_sale[*s.customers.find("1004")] == days_from_civil(2024, 2, 10));
  CHECK(x.first_sale[*s.customers.find("1010")] == days_from_civil(2024, 1, 2));
  CHECK(x.first_sale[0] == kNoDay);
}

TEST_CASE("weekday x hour cell per line") {
  FactStore s = test::load_fixture("csv/daily_gap_weekday_hour.csv");
  FactIndex x = build_fact_index(s);
  // The first line in date order: 2023-06-15 10:15, a Thursday (3).
  CHECK(int(x.cell[0]) == 3 * 24 + 10);
}
