#include <doctest.h>

#include "core/money.h"

using namespace starcart;

TEST_CASE("parse_money reads decimals exactly at 1/10,000") {
  CHECK(parse_money("2.55") == 25500);
  CHECK(parse_money("0.001") == 10);
  CHECK(parse_money("-27.5") == -275000);
  CHECK(parse_money("3") == 30000);
  CHECK(parse_money("1,234.50") == 12345000);
  CHECK(parse_money(".5") == 5000);
}

TEST_CASE("parse_money rounds a fifth decimal half away from zero") {
  CHECK(parse_money("0.00005") == 1);
  CHECK(parse_money("0.00004") == 0);
  CHECK(parse_money("-0.00005") == -1);
}

TEST_CASE("parse_money rejects what is not a number") {
  CHECK_FALSE(parse_money(""));
  CHECK_FALSE(parse_money("abc"));
  CHECK_FALSE(parse_money("1.2.3"));
  CHECK_FALSE(parse_money("12,34"));   // a group of two digits is not grouping
  CHECK_FALSE(parse_money("1,2345"));
  CHECK_FALSE(parse_money("-"));
}

TEST_CASE("decimal comma style") {
  NumberStyle eu{',', '.'};
  CHECK(parse_money("1.234,50", eu) == 12345000);
  CHECK(parse_money("3,5", eu) == 35000);
}

TEST_CASE("rounding to cents is half away from zero") {
  CHECK(round_to_cents(12345) == 12300);   // 1.2345 -> 1.23
  CHECK(round_to_cents(12350) == 12400);   // 1.2350 -> 1.24
  CHECK(round_to_cents(-12350) == -12400);
  CHECK(to_cents(262885) == 2629);         // 26.2885 -> 26.29
  CHECK(money_to_decimal_string(1840200) == "184.02");
  CHECK(money_to_decimal_string(-5) == "0.00");  // rounds to zero: no sign
  CHECK(money_to_decimal_string(-50) == "-0.01");
  CHECK(money_to_exact_string(8350) == "0.835");
  CHECK(money_to_exact_string(30000) == "3");
}

TEST_CASE("div_round rounds half away from zero") {
  CHECK(div_round(1840200, 7) == 262886);  // 26.28857... -> 26.2886
  CHECK(div_round(5, 2) == 3);
  CHECK(div_round(-5, 2) == -3);
  CHECK(div_round(4, 0) == 0);
}
