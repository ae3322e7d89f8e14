#include <doctest.h>

#include "ingest/value_parsers.h"

using namespace starcart;

TEST_CASE("integers, including whole numbers written as decimals") {
  CHECK(parse_integer("12") == 12);
  CHECK(parse_integer(" -3 ") == -3);
  CHECK(parse_integer("6.0") == 6);
  CHECK_FALSE(parse_integer("1.5"));
  CHECK_FALSE(parse_integer("abc"));
  CHECK_FALSE(parse_integer(""));
}

TEST_CASE("money as exports write it") {
  CHECK(parse_money_text("$1,234.50") == 12345000);
  CHECK(parse_money_text("£3") == 30000);
  CHECK(parse_money_text("(12.00)") == -120000);
  CHECK(parse_money_text("-$5") == -50000);
  CHECK(parse_money_text("EUR 5") == 50000);
  CHECK(parse_money_text("1.234,50 €", NumberStyle{',', '.'}) == 12345000);
  CHECK(parse_money_text("R$ 10,00", NumberStyle{',', '.'}) == 100000);
  CHECK_FALSE(parse_money_text("n/a"));
}

TEST_CASE("ids: float spellings and apostrophes") {
  CHECK(normalize_id("17850.0") == "17850");
  CHECK(normalize_id(" 17850 ") == "17850");
  CHECK(normalize_id("'75008") == "75008");
  CHECK(normalize_id("C536379") == "C536379");
  CHECK(normalize_id("1.5") == "1.5");
}

TEST_CASE("date parts in the common shapes") {
  DateParts p;
  REQUIRE(parse_date_parts("12/1/2010 8:26", p));
  CHECK(p.shape == DateShape::kYearLast);
  CHECK(p.a == 12);
  CHECK(p.b == 1);
  CHECK(p.year == 2010);
  CHECK(p.seconds == 8 * 3600 + 26 * 60);
  REQUIRE(parse_date_parts("2010-12-01 08:26:00", p));
  CHECK(p.shape == DateShape::kYearFirst);
  CHECK(resolve_date(p, DateOrder::kDayFirst) == days_from_civil(2010, 12, 1));
  REQUIRE(parse_date_parts("2025-10-07 09:50:26 +0200", p));
  CHECK(p.utc_offset_minutes == 120);
  CHECK(p.seconds == 9 * 3600 + 50 * 60 + 26);
  REQUIRE(parse_date_parts("2011-03-04T10:00:00Z", p));
  REQUIRE(parse_date_parts("01.12.2010", p));
  CHECK(p.seconds == -1);
  REQUIRE(parse_date_parts("19970101", p));
  CHECK(resolve_date(p, DateOrder::kMonthFirst) == days_from_civil(1997, 1, 1));
  REQUIRE(parse_date_parts("3/4/2011 1:05 PM", p));
  CHECK(p.seconds == 13 * 3600 + 5 * 60);
  CHECK_FALSE(parse_date_parts("2011-13-45", p));
  CHECK_FALSE(parse_date_parts("3/4/11", p));
  CHECK_FALSE(parse_date_parts("hello", p));
}

TEST_CASE("day/month order resolves the ambiguous shape") {
  DateParts p;
  REQUIRE(parse_date_parts("3/4/2011", p));
  CHECK(resolve_date(p, DateOrder::kMonthFirst) == days_from_civil(2011, 3, 4));
  CHECK(resolve_date(p, DateOrder::kDayFirst) == days_from_civil(2011, 4, 3));
  REQUIRE(parse_date_parts("13/4/2011", p));
  CHECK_FALSE(resolve_date(p, DateOrder::kMonthFirst));
  CHECK(unpack_date_parts(pack_date_parts(p)).a == 13);
}
