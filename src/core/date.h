// Civil dates as day numbers (DESIGN 6): days since 1970-01-01 in the
// proleptic Gregorian calendar (Howard Hinnant's days-from-civil algorithm).
// Months, ISO weeks and cohorts derive from the day number. Dates are the
// local dates written in the export; no time-zone conversion happens here.
#pragma once

#include <cstdint>
#include <string>

namespace starcart {

using Day = int32_t;  // 0 = 1970-01-01

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

Day days_from_civil(int year, int month, int day);
CivilDate civil_from_days(Day d);
bool is_valid_civil(int year, int month, int day);
int days_in_month(int year, int month);

// ISO weekday: 0 = Monday ... 6 = Sunday.
int iso_weekday(Day d);

struct IsoWeek {
  int year;  // ISO week-numbering year (may differ from the civil year)
  int week;  // 1..53
};
IsoWeek iso_week(Day d);
// Monday of the ISO week holding d.
Day iso_week_start(Day d);

// Months as a running index (year * 12 + month - 1): cohorts and monthly series.
using MonthIndex = int32_t;
MonthIndex month_index(Day d);
MonthIndex month_index(int year, int month);
Day month_first_day(MonthIndex m);
int month_year(MonthIndex m);
int month_number(MonthIndex m);  // 1..12

std::string format_iso_date(Day d);           // "2011-03-05"
std::string format_month_key(MonthIndex m);   // "2011-03"
std::string format_month_label(MonthIndex m); // "Mar 2011"
const char* month_short_name(int month);      // "Mar"
const char* weekday_short_name(int iso_weekday);  // "Mon"

}  // namespace starcart
