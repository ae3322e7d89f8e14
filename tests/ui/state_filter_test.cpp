// A click on the state map filters by every spelling of the state; the same
// click again clears it.
#include <doctest.h>

#include "ui/state_filter.h"

using namespace starcart;

TEST_CASE("a state's spellings: as the data writes it, its code and its name, once each") {
  const StateInfo* sp = find_state("BR", "SP");
  REQUIRE(sp != nullptr);
  CHECK(state_spellings(*sp, {"Sao Paulo", "SP"}) == std::vector<std::string>{"SP", "Sao Paulo", "São Paulo"});
  CHECK(state_spellings(*sp, {}) == std::vector<std::string>{"SP", "São Paulo"});
}

TEST_CASE("the filtered state: all values spell one state, else none") {
  Filter f;
  CHECK(filtered_state(f, "US") == nullptr);
  f.states = {"TX", "texas", "Texas"};
  REQUIRE(filtered_state(f, "US") != nullptr);
  CHECK(filtered_state(f, "US")->code == "TX");
  f.states = {"TX", "CA"};
  CHECK(filtered_state(f, "US") == nullptr);
  f.states = {"Atlantis"};
  CHECK(filtered_state(f, "US") == nullptr);
}

TEST_CASE("clicking a state keeps only it; clicking it again clears the state filter") {
  Filter f;
  const StateInfo* tx = find_state("US", "TX");
  const StateInfo* ca = find_state("US", "California");
  REQUIRE(tx != nullptr);
  REQUIRE(ca != nullptr);
  click_state(f, "US", *tx, {"TX"});
  CHECK(f.states == std::vector<std::string>{"TX", "Texas"});
  click_state(f, "US", *ca, {});  // another state replaces it
  CHECK(f.states == std::vector<std::string>{"CA", "California"});
  click_state(f, "US", *ca, {"CA"});
  CHECK(f.states.empty());
}
