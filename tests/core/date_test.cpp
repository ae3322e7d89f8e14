#include <doctest.h>

#include "core/date.h"

using namespace starcart;

TEST_CASE("days_from_civil and back") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11017);
  CHECK(days_from_civil(1969, 12, 31) == -1);
  CHECK(days_from_civil(2010, 12, 1) == 14944);
  for (Day d = -800000; d < 800000; d += 997) {
    CivilDate c = civil_from_days(d);
    CHECK(days_from_civil(c.year, c.month, c.day) == d);
  }
}

TEST_CASE("leap years and month lengths") {
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2024, 2) == 29);
  CHECK_FALSE(is_valid_civil(2011, 4, 31));
  CHECK(is_valid_civil(2012, 2, 29));
}

TEST_CASE("ISO weeks across year ends") {
  // 2010-01-03 is a Sunday in ISO week 53 of 2009; 2008-12-29 is in week 1 of 2009.
  CHECK(iso_week(days_from_civil(2010, 1, 3)).year == 2009);
  CHECK(iso_week(days_from_civil(2010, 1, 3)).week == 53);
  CHECK(iso_week(days_from_civil(2008, 12, 29)).year == 2009);
  CHECK(iso_week(days_from_civil(2008, 12, 29)).week == 1);
  CHECK(iso_weekday(days_from_civil(2010, 12, 1)) == 2);  // a Wednesday
}

TEST_CASE("months as a running index") {
  MonthIndex m = month_index(days_from_civil(2011, 3, 15));
  CHECK(month_year(m) == 2011);
  CHECK(month_number(m) == 3);
  CHECK(month_first_day(m) == days_from_civil(2011, 3, 1));
  CHECK(format_month_key(m) == "2011-03");
  CHECK(format_month_label(m) == "Mar 2011");
  CHECK(format_iso_date(days_from_civil(2011, 3, 5)) == "2011-03-05");
}
