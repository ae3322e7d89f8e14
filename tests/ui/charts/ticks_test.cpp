// Linear, log and calendar ticks. Expected values worked out by hand in the
// comments (days per tick against pixels per day).
#include <doctest.h>

#include "core/date.h"
#include "ui/charts/ticks.h"
#include "ui/charts/time_ticks.h"

using namespace starcart;
using namespace starcart::charts;

TEST_CASE("log ticks: one per decade when a decade has room for one label") {
  // 3..4500 -> decades 10^0..10^4 (4 decades) over 300 px: 75 px each, at
  // least 40 but less than 3 x 40, so powers of ten only.
  Ticks t = log_ticks(3, 4500, 300, 40);
  REQUIRE(t.values.size() == 5);
  CHECK(t.values[0] == doctest::Approx(1));
  CHECK(t.values[4] == doctest::Approx(10000));
  CHECK(t.lo == doctest::Approx(1));
  CHECK(t.hi == doctest::Approx(10000));
}

TEST_CASE("log ticks: 1-2-5 inside wide decades") {
  // 3 decades over 600 px: 200 px each >= 120: 1 2 5 10 20 50 100 200 500 1000.
  Ticks t = log_ticks(1, 1000, 600, 40);
  const double want[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
  REQUIRE(t.values.size() == 10);
  for (size_t i = 0; i < 10; ++i) CHECK(t.values[i] == doctest::Approx(want[i]));
}

TEST_CASE("log ticks: every k-th decade when decades are narrow") {
  // 12 decades over 200 px: 16.7 px each; 40 px needs every ceil(2.4) = 3rd.
  Ticks t = log_ticks(1, 1e12, 200, 40);
  REQUIRE(t.values.size() == 5);
  CHECK(t.values[1] == doctest::Approx(1e3));
  CHECK(t.values[4] == doctest::Approx(1e12));
}

TEST_CASE("log ticks unextended: room judged over the values' own span") {
  // The demo's countries, 765 .. 566,899, on a 240 px legend with 67.5 px
  // per label: log10(566899 / 765) = 2.87 decades, 83.6 px each (>= 67.5,
  // < 3 x 67.5): powers of ten inside the range, 1e3, 1e4, 1e5. Counted as
  // the 4 whole decades 1e2 .. 1e6 (60 px each) it was every other decade
  // from 1e2, and only 1e4 fell inside.
  Ticks t = log_ticks(765, 566899, 240, 67.5, false);
  REQUIRE(t.values.size() == 3);
  CHECK(t.values[0] == doctest::Approx(1e3));
  CHECK(t.values[1] == doctest::Approx(1e4));
  CHECK(t.values[2] == doctest::Approx(1e5));
  CHECK(t.lo == doctest::Approx(765));
  CHECK(t.hi == doctest::Approx(566899));
}

TEST_CASE("log ticks unextended: every k-th decade counted from the first inside") {
  // 300 .. 2e6 over 100 px: log10(6667) = 3.82 decades, 26.2 px each; 40 px
  // needs every ceil(1.53) = 2nd decade: 1e3 and 1e5 (from 1e2 it was 1e2,
  // 1e4, 1e6 with only 1e4 inside).
  Ticks t = log_ticks(300, 2e6, 100, 40, false);
  REQUIRE(t.values.size() == 2);
  CHECK(t.values[0] == doctest::Approx(1e3));
  CHECK(t.values[1] == doctest::Approx(1e5));
}

TEST_CASE("log ticks: non-positive input still gives an axis") {
  Ticks t = log_ticks(0, 50, 200, 40);
  CHECK(t.lo > 0);
  CHECK(t.values.size() >= 2);
}

TEST_CASE("time ticks: a year over 600 px gets every other month") {
  // 364 days over 600 px = 1.65 px/day; one month (30.4 d) = 50 px < 60,
  // two months = 100 px: Jan, Mar, May, Jul, Sep, Nov.
  TimeTicks t = time_ticks(days_from_civil(2011, 1, 1), days_from_civil(2011, 12, 31), 600, 60);
  CHECK(t.unit == TimeUnit::kMonth);
  CHECK(t.step == 2);
  REQUIRE(t.ticks.size() == 6);
  CHECK(t.ticks[0].day == days_from_civil(2011, 1, 1));
  CHECK(t.ticks[0].label == "Jan 2011");
  CHECK(t.ticks[0].major);
  CHECK(t.ticks[1].label == "Mar");
  CHECK(t.ticks[5].day == days_from_civil(2011, 11, 1));
  CHECK(t.ticks[5].label == "Nov");
}

TEST_CASE("time ticks: weeks start on Mondays") {
  // 41 days over 400 px = 9.76 px/day; a week = 68 px >= 50. 2011-02-28 is a
  // Monday: 28 Feb, 7, 14, 21, 28 Mar, 4 Apr.
  TimeTicks t = time_ticks(days_from_civil(2011, 2, 28), days_from_civil(2011, 4, 10), 400, 50);
  CHECK(t.unit == TimeUnit::kWeek);
  REQUIRE(t.ticks.size() == 6);
  CHECK(t.ticks[0].label == "28 Feb 2011");
  CHECK(t.ticks[1].label == "7 Mar");
  CHECK(t.ticks[5].label == "4 Apr");
  for (const TimeTick& k : t.ticks) CHECK(iso_weekday(k.day) == 0);
}

TEST_CASE("time ticks: the year is named again where it changes") {
  // 125 days over 400 px = 3.2 px/day: a month = 97 px >= 60.
  TimeTicks t = time_ticks(days_from_civil(2010, 11, 15), days_from_civil(2011, 3, 20), 400, 60);
  CHECK(t.unit == TimeUnit::kMonth);
  REQUIRE(t.ticks.size() == 4);
  CHECK(t.ticks[0].label == "Dec 2010");
  CHECK(t.ticks[1].label == "Jan 2011");
  CHECK(t.ticks[1].major);
  CHECK(t.ticks[2].label == "Feb");
  CHECK_FALSE(t.ticks[2].major);
}

TEST_CASE("time ticks: decades of data get five-year ticks") {
  // 7670 days over 300 px: a year = 14 px, two = 29, five = 71 >= 60.
  TimeTicks t = time_ticks(days_from_civil(2000, 1, 1), days_from_civil(2020, 12, 31), 300, 60);
  CHECK(t.unit == TimeUnit::kYear);
  CHECK(t.step == 5);
  REQUIRE(t.ticks.size() == 5);
  CHECK(t.ticks[0].label == "2000");
  CHECK(t.ticks[4].label == "2020");
}

TEST_CASE("time ticks: a few days get one tick per day or two") {
  // 2011-03-01 is day 15034 (even): 2-day ticks fall on 1, 3, 5 Mar...
  TimeTicks t = time_ticks(days_from_civil(2011, 3, 1), days_from_civil(2011, 3, 14), 700, 60);
  CHECK(t.unit == TimeUnit::kDay);
  CHECK(t.step == 2);  // 13 days over 700 px: 53.8 px per day < 60
  REQUIRE(t.ticks.size() == 7);
  CHECK(t.ticks[0].label == "1 Mar 2011");
  CHECK(t.ticks[1].label == "3 Mar");
}
