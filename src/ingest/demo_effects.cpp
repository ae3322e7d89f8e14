#include "ingest/demo_effects.h"

namespace starcart::demo {

Loyalty cohort_loyalty(int month, int propensity, int decay, uint32_t draw) {
  if (month != kLoyalCohortMonth) return {propensity, decay};
  // 70–85 % chance to order in the first month after, losing 1–2 % a month
  // (the others: 18–60 %, losing 2–14 %).
  const int spread = static_cast<int>(draw % 1500);
  return {7000 + spread, 9800 + static_cast<int>(draw / 1500 % 150)};
}

int64_t growth_lines(int month, int64_t budget) {
  return month == kGrowthMonth ? budget * kGrowthBudgetPercent / 100 : 0;
}

int64_t spike_lines(int month, int64_t budget) {
  return month == kSpikeMonth ? budget * kSpikeBudgetPercent / 100 : 0;
}

}  // namespace starcart::demo
