#include <doctest.h>

#include "core/state_codes.h"

using namespace starcart;

TEST_CASE("states: codes and names find the same state, accents and case aside") {
  const StateInfo* sp = find_state("BR", "SP");
  REQUIRE(sp);
  CHECK(sp->name == "São Paulo");
  CHECK(sp->numeric == 35);  // IBGE
  CHECK(find_state("BR", "São Paulo") == sp);
  CHECK(find_state("BR", "sao paulo") == sp);
  CHECK(find_state("BR", " SÃO PAULO ") == sp);
  const StateInfo* ca = find_state("US", "CA");
  REQUIRE(ca);
  CHECK(ca->name == "California");
  CHECK(ca->numeric == 6);  // FIPS 06
  CHECK(find_state("US", "california") == ca);
  CHECK(find_state("US", "ca") == ca);
}

TEST_CASE("states: a state of another country or no state is not found") {
  CHECK(find_state("US", "SP") == nullptr);
  CHECK(find_state("BR", "California") == nullptr);
  CHECK(find_state("GB", "England") == nullptr);
  CHECK(find_state("US", "") == nullptr);
  CHECK(states_of("US").size() == 52);  // 50 states, DC, Puerto Rico
  CHECK(states_of("BR").size() == 27);
  CHECK(has_state_map("BR"));
  CHECK_FALSE(has_state_map("DE"));
}
