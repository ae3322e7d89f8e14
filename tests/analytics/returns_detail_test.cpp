// Returns by month and by reason, by hand on
// tests/data/csv/shop_export_2024_02_newer_with_moved_customer.csv:
//   Jan 2024 sales 1001 (2 x 3.50 + 7.25), 1002 (3 x 3.50), 1003 (12.00),
//     1005 (5 x 2.25): 48.00 in 5 lines; return C1004 3.50 "Damaged"
//   Feb 2024 sales 1006 (3.50), 1007 (24.99), 1008 (2 x 7.25): 42.99 in 3
//     lines; return C1009 7.25 "Wrong size"
#include <doctest.h>

#include "analytics/returns_detail.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
Money m(const char* s) { return *parse_money(s); }
}  // namespace

TEST_CASE("returns by month: value, lines, sales and the rate by value") {
  FactStore s = test::load_fixture("csv/shop_export_2024_02_newer_with_moved_customer.csv");
  FactIndex x = build_fact_index(s);
  ReturnsDetail d = compute_returns_detail(x, select_lines(s, Filter{}));
  REQUIRE(d.monthly.size() == 2);
  CHECK(d.monthly[0].month == month_index(2024, 1));
  CHECK(d.monthly[0].return_value == m("3.50"));
  CHECK(d.monthly[0].return_lines == 1);
  CHECK(d.monthly[0].revenue == m("48.00"));
  CHECK(d.monthly[0].sale_lines == 5);
  CHECK(*d.monthly[0].rate_value == doctest::Approx(3.5 / 48.0));
  CHECK(d.monthly[1].month == month_index(2024, 2));
  CHECK(d.monthly[1].return_value == m("7.25"));
  CHECK(d.monthly[1].revenue == m("42.99"));
  CHECK(d.monthly[1].sale_lines == 3);
  CHECK(*d.monthly[1].rate_value == doctest::Approx(7.25 / 42.99));
}

TEST_CASE("returns by reason, largest value first, with shares of the returned value") {
  FactStore s = test::load_fixture("csv/shop_export_2024_02_newer_with_moved_customer.csv");
  FactIndex x = build_fact_index(s);
  ReturnsDetail d = compute_returns_detail(x, select_lines(s, Filter{}));
  CHECK(d.has_reasons);
  REQUIRE(d.reasons.size() == 2);
  CHECK(d.reasons[0].reason == "Wrong size");
  CHECK(d.reasons[0].return_value == m("7.25"));
  CHECK(d.reasons[0].return_lines == 1);
  CHECK(d.reasons[0].value_share == doctest::Approx(7.25 / 10.75));
  CHECK(d.reasons[1].reason == "Damaged");
  CHECK(d.reasons[1].value_share == doctest::Approx(3.5 / 10.75));
}

TEST_CASE("a country filter keeps its months only; nothing selected, no month") {
  FactStore s = test::load_fixture("csv/shop_export_2024_02_newer_with_moved_customer.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.countries = {"France"};  // 1002 (10.50) and C1004 (3.50), both January
  ReturnsDetail d = compute_returns_detail(x, select_lines(s, f));
  REQUIRE(d.monthly.size() == 1);
  CHECK(d.monthly[0].revenue == m("10.50"));
  CHECK(d.monthly[0].return_value == m("3.50"));
  Filter none;
  none.countries = {"Nowhere"};
  CHECK(compute_returns_detail(x, select_lines(s, none)).monthly.empty());
}

TEST_CASE("data without a return reason column has no reasons") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  ReturnsDetail d = compute_returns_detail(x, select_lines(s, Filter{}));
  CHECK_FALSE(d.has_reasons);
  CHECK(d.reasons.empty());
  REQUIRE(d.monthly.size() == 1);  // April 2024: sales 65, returns 15
  CHECK(d.monthly[0].revenue == m("65"));
  CHECK(d.monthly[0].return_value == m("15"));
}
