#include "core/date.h"

#include <cstdio>

namespace starcart {

// days_from_civil / civil_from_days: H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms". Era-based, exact for every proleptic Gregorian date.
Day days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(m > 2 ? m - 3 : m + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

CivilDate civil_from_days(Day z) {
  int zz = z + 719468;
  const int era = (zz >= 0 ? zz : zz - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(zz - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool is_valid_civil(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int iso_weekday(Day d) {
  // 1970-01-01 was a Thursday (ISO weekday 3 counting Monday = 0).
  int w = (d + 3) % 7;
  return w < 0 ? w + 7 : w;
}

Day iso_week_start(Day d) { return d - iso_weekday(d); }

IsoWeek iso_week(Day d) {
  // The ISO year is the civil year of the week's Thursday.
  Day thursday = iso_week_start(d) + 3;
  int year = civil_from_days(thursday).year;
  Day jan1 = days_from_civil(year, 1, 1);
  return {year, (thursday - jan1) / 7 + 1};
}

MonthIndex month_index(int year, int month) { return year * 12 + (month - 1); }

MonthIndex month_index(Day d) {
  CivilDate c = civil_from_days(d);
  return month_index(c.year, c.month);
}

int month_year(MonthIndex m) { return m >= 0 ? m / 12 : (m - 11) / 12; }
int month_number(MonthIndex m) { return m - month_year(m) * 12 + 1; }
Day month_first_day(MonthIndex m) { return days_from_civil(month_year(m), month_number(m), 1); }

namespace {

// "YYYY-MM" and "YYYY-MM-DD" digit by digit: the warehouse writes millions
// of dates, and snprintf is slow in wasm. Years outside 0..9999 go through
// snprintf.
void put_digits(char* out, int value, int width) {
  for (int k = width - 1; k >= 0; --k, value /= 10) out[k] = static_cast<char>('0' + value % 10);
}

}  // namespace

std::string format_iso_date(Day d) {
  CivilDate c = civil_from_days(d);
  if (c.year < 0 || c.year > 9999) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
  }
  std::string out = "0000-00-00";
  put_digits(&out[0], c.year, 4);
  put_digits(&out[5], c.month, 2);
  put_digits(&out[8], c.day, 2);
  return out;
}

std::string format_month_key(MonthIndex m) {
  const int year = month_year(m);
  if (year < 0 || year > 9999) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month_number(m));
    return buf;
  }
  std::string out = "0000-00";
  put_digits(&out[0], year, 4);
  put_digits(&out[5], month_number(m), 2);
  return out;
}

const char* month_short_name(int month) {
  static const char* kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "?";
}

const char* weekday_short_name(int wd) {
  static const char* kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return wd >= 0 && wd <= 6 ? kNames[wd] : "?";
}

std::string format_month_label(MonthIndex m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s %04d", month_short_name(month_number(m)), month_year(m));
  return buf;
}

}  // namespace starcart
