// Calendar ticks for a day axis: the coarsest unit that keeps labels
// `min_spacing_px` apart, from days through weeks (Mondays) and months to
// years. Labels name the year on the first tick and wherever it changes
// ("Jan 2011", "Mar", "May"...). Pure and unit-tested.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace starcart::charts {

enum class TimeUnit : unsigned char { kDay, kWeek, kMonth, kYear };

struct TimeTick {
  Day day = 0;
  std::string label;
  bool major = false;  // the label carries the year
};

struct TimeTicks {
  TimeUnit unit = TimeUnit::kDay;
  int step = 1;  // in units
  std::vector<TimeTick> ticks;
};

// Ticks on days in [lo, hi] (inclusive) drawn over `length_px`.
TimeTicks time_ticks(Day lo, Day hi, double length_px, double min_spacing_px);

}  // namespace starcart::charts
