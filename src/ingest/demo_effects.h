// Effects planted in the demo shop (issue 11) so the automatic insights have
// something known to find; tests/analytics/insights_test.cpp requires them
// to be found and ranked first. All sizes are shares of the month's line
// budget (so they scale with --lines) and every decision is integer-only,
// like the rest of the generator (same bytes native and wasm).
//
// On the default calendar (24 months from January 2023, month 0):
//   (1) return-rate jump: the second most popular product (catalogue index 1,
//       a Kitchen product) is returned on 45 % of its sale lines placed by
//       returning customers and guests in October–December 2024 (months
//       21–23; about a third of all its lines), against the shop's ~3 %;
//   (2) category growth: Garden (category 4) gets extra orders worth 15 % of
//       December 2024's lines (month 23), while the shop falls from its
//       November peak;
//   (3) loyal cohort: customers acquired in July 2023 (month 6) buy again
//       with a high, slowly decaying propensity (about twice the usual
//       retention in their first months);
//   (4) spike: on 17 September 2024 (month 20) guests place extra orders worth
//       25 % of the month's lines (about eight normal days in one).
#pragma once

#include <cstdint>

namespace starcart::demo {

// (1)
inline constexpr int kReturnJumpProduct = 1;          // catalogue index
inline constexpr int kReturnJumpFirstMonth = 21;      // Oct 2024
inline constexpr int kReturnJumpChance = 4500;        // per 10,000 sale lines
// (2)
inline constexpr int kGrowthCategory = 4;             // Garden
inline constexpr int kGrowthMonth = 23;               // Dec 2024
inline constexpr int kGrowthBudgetPercent = 15;
// (3)
inline constexpr int kLoyalCohortMonth = 6;           // Jul 2023
// (4)
inline constexpr int kSpikeMonth = 20;                // Sep 2024
inline constexpr int kSpikeDayOfMonth = 17;
inline constexpr int kSpikeBudgetPercent = 25;

// (3) A new customer's propensity and decay (per 10,000) in its cohort month
// `month`: the loyal cohort's replace the drawn ones. `draw` is a uniform
// value in [0, kLoyaltyDraws) the caller drew (one draw per new customer there).
inline constexpr uint32_t kLoyaltyDraws = 1500 * 150;
struct Loyalty {
  int propensity;
  int decay;
};
Loyalty cohort_loyalty(int month, int propensity, int decay, uint32_t draw);

// Extra lines the planted orders of month `month` may use (within the budget).
int64_t growth_lines(int month, int64_t budget);
int64_t spike_lines(int month, int64_t budget);

}  // namespace starcart::demo
