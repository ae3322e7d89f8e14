// Day → month in a loop over lines in date order: the month's first and last
// day are cached, so the calendar arithmetic runs once per month, not once
// per line.
#pragma once

#include "core/date.h"

namespace starcart {

class MonthCursor {
 public:
  MonthIndex month(Day d) {
    if (d < start_ || d > end_) {
      month_ = month_index(d);
      start_ = month_first_day(month_);
      end_ = month_first_day(month_ + 1) - 1;
    }
    return month_;
  }

 private:
  MonthIndex month_ = 0;
  Day start_ = 1, end_ = 0;  // empty: the first call computes
};

}  // namespace starcart
