// The overview: headline figures of the slice, the same figures for the
// previous period of equal length (same other filters, customer filters
// recomputed on that period's base), their deltas, the monthly series and
// the revenue mix by category, payment type and country.
#pragma once

#include <vector>

#include "analytics/kpis.h"
#include "analytics/overview_mix.h"
#include "analytics/slice.h"
#include "analytics/trends.h"

namespace starcart {

struct Overview {
  DayRange period;            // the filter's period
  DayRange previous_period;   // the period of equal length just before it
  Kpis kpis;
  Kpis previous_kpis;
  KpiDeltas deltas;
  std::vector<MonthPoint> monthly;
  OverviewMix mix;            // top categories, payment mix, top countries
};

Overview compute_overview(const FactIndex& index, const Slice& slice);

}  // namespace starcart
