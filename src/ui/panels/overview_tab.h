// Overview: KPI cards with deltas and the monthly revenue chart.
#pragma once

#include "analytics/report.h"

namespace starcart {

class OverviewTab {
 public:
  void draw(const Report& report, const std::string& currency);

 private:
  int hovered_month_ = -1;
};

}  // namespace starcart
