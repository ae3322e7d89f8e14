#include "ui/charts/time_ticks.h"

#include <algorithm>

#include "ui/charts/value_format.h"

namespace starcart::charts {

namespace {

struct Candidate {
  TimeUnit unit;
  int step;
  double days;  // typical length of one step
};

// Finest first; the first that leaves enough room wins.
constexpr Candidate kCandidates[] = {
    {TimeUnit::kDay, 1, 1},        {TimeUnit::kDay, 2, 2},         {TimeUnit::kWeek, 1, 7},
    {TimeUnit::kWeek, 2, 14},      {TimeUnit::kMonth, 1, 30.44},   {TimeUnit::kMonth, 2, 60.88},
    {TimeUnit::kMonth, 3, 91.31},  {TimeUnit::kMonth, 6, 182.6},   {TimeUnit::kYear, 1, 365.25},
    {TimeUnit::kYear, 2, 730.5},   {TimeUnit::kYear, 5, 1826.2},   {TimeUnit::kYear, 10, 3652.5},
    {TimeUnit::kYear, 20, 7305},   {TimeUnit::kYear, 50, 18262},   {TimeUnit::kYear, 100, 36525},
};

int floor_mod(int a, int m) { return ((a % m) + m) % m; }

}  // namespace

TimeTicks time_ticks(Day lo, Day hi, double length_px, double min_spacing_px) {
  if (hi < lo) std::swap(lo, hi);
  TimeTicks out;
  const double span = std::max(1, hi - lo);
  const double px_per_day = length_px / span;
  const Candidate* pick = &kCandidates[sizeof kCandidates / sizeof kCandidates[0] - 1];
  for (const Candidate& c : kCandidates)
    if (c.days * px_per_day >= min_spacing_px) {
      pick = &c;
      break;
    }
  out.unit = pick->unit;
  out.step = pick->step;

  std::vector<Day> days;
  switch (pick->unit) {
    case TimeUnit::kDay:
      for (Day d = lo; d <= hi; ++d)
        if (floor_mod(d, pick->step) == 0) days.push_back(d);
      break;
    case TimeUnit::kWeek:
      for (Day d = iso_week_start(lo); d <= hi; d += 7)
        if (d >= lo && floor_mod(d / 7, pick->step) == 0) days.push_back(d);
      break;
    case TimeUnit::kMonth:
      for (MonthIndex m = month_index(lo); month_first_day(m) <= hi; ++m)
        if (month_first_day(m) >= lo && (month_number(m) - 1) % pick->step == 0) days.push_back(month_first_day(m));
      break;
    case TimeUnit::kYear:
      for (int y = civil_from_days(lo).year; days_from_civil(y, 1, 1) <= hi; ++y)
        if (days_from_civil(y, 1, 1) >= lo && floor_mod(y, pick->step) == 0) days.push_back(days_from_civil(y, 1, 1));
      break;
  }

  int last_year = 0;
  for (size_t i = 0; i < days.size(); ++i) {
    const CivilDate c = civil_from_days(days[i]);
    TimeTick t;
    t.day = days[i];
    t.major = i == 0 || c.year != last_year;
    last_year = c.year;
    switch (pick->unit) {
      case TimeUnit::kDay:
      case TimeUnit::kWeek: t.label = format_day_label(days[i], t.major); break;
      case TimeUnit::kMonth:
        t.label = t.major ? format_month_label(month_index(days[i])) : month_short_name(c.month);
        break;
      case TimeUnit::kYear:
        t.label = std::to_string(c.year);
        t.major = true;
        break;
    }
    out.ticks.push_back(std::move(t));
  }
  return out;
}

}  // namespace starcart::charts
