// The memory check before a load (ui/memory_budget.h).
#include <doctest.h>

#include "ui/memory_budget.h"

using namespace starcart;

TEST_CASE("a load needs six times its bytes plus 64 MB") {
  CHECK(estimate_load_bytes(0) == 64LL << 20);
  CHECK(estimate_load_bytes(100LL << 20) == (600LL << 20) + (64LL << 20));
}

TEST_CASE("a file that fits is accepted; one that does not is refused with sizes and a way out") {
  const int64_t gb = 1LL << 30;
  CHECK(check_load_fits(100LL << 20, 0, 4 * gb).empty());
  // 700 MB needs 4,264 MB: more than a 4 GB heap holds.
  const std::string m = check_load_fits(700LL << 20, 0, 4 * gb);
  CHECK(m.find("need about") != std::string::npos);
  CHECK(m.find("command-line tool") != std::string::npos);
  // Memory already taken counts: 100 MB fits an empty heap, not a nearly full one.
  CHECK_FALSE(check_load_fits(100LL << 20, 4 * gb - (500LL << 20), 4 * gb).empty());
}
