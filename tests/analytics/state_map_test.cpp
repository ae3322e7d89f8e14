// State map by hand on tests/data/csv/states_codes_and_names.csv:
//   SP (as "SP" and "São Paulo"): O1 10 + O2 20 + O3 10 = 40, orders 3, customers 1 and 2
//   RJ: O4 30 ("Brasil" is Brazil too), orders 1
//   "Lisboa" is no Brazilian state: 10 unknown; O6 is Portugal's, not on the map.
// Brazil's revenue 80 of 90 total: the map country is BR.
#include <doctest.h>

#include "analytics/state_map.h"
#include "support/test_data.h"

using namespace starcart;

TEST_CASE("state map: codes and names of one state add up; other countries stay off the map") {
  FactStore s = test::load_fixture("csv/states_codes_and_names.csv");
  FactIndex x = build_fact_index(s);
  const Selection all = select_lines(s, Filter{});
  CHECK(state_map_country(x, all) == std::optional<std::string>("BR"));
  StateMap m = compute_state_map(x, all, "BR");
  REQUIRE(m.rows.size() == 2);
  CHECK(m.rows[0].state->code == "SP");
  CHECK(m.rows[0].state->numeric == 35);
  CHECK(m.rows[0].revenue == 40 * kMoneyScale);
  CHECK(m.rows[0].orders == 3);
  CHECK(m.rows[0].customers == 2);
  CHECK(m.rows[0].revenue_share == doctest::Approx(40.0 / 70));
  REQUIRE(m.rows[0].spellings.size() == 2);
  CHECK(m.rows[0].spellings[0] == "SP");
  CHECK(m.rows[0].spellings[1] == "São Paulo");
  CHECK(m.rows[1].state->code == "RJ");
  CHECK(m.rows[1].revenue == 30 * kMoneyScale);
  CHECK(m.unknown_revenue == 10 * kMoneyScale);
}

TEST_CASE("state map: the spellings filter by state; no map country when none holds half the revenue") {
  FactStore s = test::load_fixture("csv/states_codes_and_names.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.states = {"SP", "São Paulo"};
  f.countries = {"Brazil"};
  CHECK(select_lines(s, f).lines.size() == 3);
  f.countries = {"Portugal"};
  CHECK(state_map_country(x, select_lines(s, f)) == std::nullopt);
}
