#include <doctest.h>

#include "core/format.h"

using namespace starcart;

TEST_CASE("counts with thousands separators") {
  CHECK(format_count(0) == "0");
  CHECK(format_count(999) == "999");
  CHECK(format_count(1000) == "1,000");
  CHECK(format_count(50000) == "50,000");
  CHECK(format_count(1234567) == "1,234,567");
  CHECK(format_count(-1234) == "-1,234");
}

TEST_CASE("money for people") {
  CHECK(format_money(12345000) == "1,234.50");
  CHECK(format_money(12345000, "£") == "£1,234.50");
  CHECK(format_money(-120000, "£") == "-£12.00");
  CHECK(format_money_whole(12345000, "$") == "$1,235");
}

TEST_CASE("compact numbers on axes") {
  CHECK(format_compact(0) == "0");
  CHECK(format_compact(950) == "950");
  CHECK(format_compact(1234) == "1.23k");
  CHECK(format_compact(12000) == "12k");
  CHECK(format_compact(3400000) == "3.4M");
  CHECK(format_compact(2.5e9) == "2.5B");
  CHECK(format_compact(999999) == "1M");
  CHECK(format_compact(-1500) == "-1.5k");
}

TEST_CASE("percentages") {
  CHECK(format_percent(0.1234) == "12.3%");
  CHECK(format_percent(1.0, 0) == "100%");
  CHECK(format_delta_percent(0.052) == "+5.2%");
  CHECK(format_delta_percent(-0.1) == "-10.0%");
  CHECK(format_delta_percent(-0.00001) == "0.0%");
}

TEST_CASE("bytes and durations") {
  CHECK(format_bytes(83211486) == "83.2 MB");
  CHECK(format_bytes(512) == "512 B");
  CHECK(format_duration(0.35) == "350 ms");
  CHECK(format_duration(1.24) == "1.2 s");
  CHECK(format_duration(125) == "2 min 5 s");
}
