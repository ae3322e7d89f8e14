#include <doctest.h>

#include <cmath>

#include "core/date.h"
#include "ui/charts/value_format.h"

using namespace starcart;
using namespace starcart::charts;

TEST_CASE("value formats delegate to the human number formats") {
  CHECK(ValueFormat::money("\xC2\xA3")(1234.5) == "\xC2\xA3" "1,234.50");
  CHECK(ValueFormat::money_whole("$")(1234.5) == "$1,235");
  CHECK(ValueFormat::money_compact("$")(2500) == "$2.5k");
  CHECK(ValueFormat::percent(1)(0.1234) == "12.3%");
  CHECK(ValueFormat::percent(0)(0.8) == "80%");
  CHECK(ValueFormat::count()(1234567.4) == "1,234,567");
  CHECK(ValueFormat::compact()(3400000) == "3.4M");
  CHECK(ValueFormat::fixed(2)(3.14159) == "3.14");
  CHECK(ValueFormat::month()(month_index(2011, 3)) == "Mar 2011");
  CHECK(ValueFormat::day()(days_from_civil(2011, 3, 5)) == "5 Mar 2011");
  CHECK(ValueFormat::compact()(NAN) == "-");
}

TEST_CASE("date ranges read as people say them") {
  auto d = [](int y, int m, int day) { return days_from_civil(y, m, day); };
  CHECK(format_day_range(d(2011, 3, 1), d(2011, 3, 31)) == "Mar 2011");
  CHECK(format_day_range(d(2011, 1, 1), d(2011, 12, 31)) == "2011");
  CHECK(format_day_range(d(2011, 3, 3), d(2011, 3, 9)) == "3\xE2\x80\x93" "9 Mar 2011");
  CHECK(format_day_range(d(2011, 2, 28), d(2011, 3, 6)) == "28 Feb \xE2\x80\x93 6 Mar 2011");
  CHECK(format_day_range(d(2010, 12, 30), d(2011, 1, 5)) == "30 Dec 2010 \xE2\x80\x93 5 Jan 2011");
  CHECK(format_day_range(d(2011, 3, 3), d(2011, 3, 3)) == "3 Mar 2011");
  CHECK(format_day_range(d(2011, 2, 1), d(2011, 4, 30)) == "1 Feb \xE2\x80\x93 30 Apr 2011");
}
