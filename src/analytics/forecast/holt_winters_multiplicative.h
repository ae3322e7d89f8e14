// Holt-Winters' multiplicative method (Hyndman et al. 2008, class 2): level,
// additive trend, multiplicative season of length m, for a strictly
// positive series. The recursions, in the same (Winters 1960) form as the
// additive model's in holt_winters.h:
//   ŷ_t = (ℓ_{t−1} + b_{t−1}) · s_{t−m}
//   ℓ_t = α · y_t / s_{t−m} + (1 − α)(ℓ_{t−1} + b_{t−1})
//   b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) b_{t−1}
//   s_t = γ · y_t / ℓ_t + (1 − γ) s_{t−m}
// Forecast h steps after the series: (ℓ_n + h·b_n) · s_{n+h−m (within the last season)}.
// Parameters fitted as the additive model's: Nelder-Mead on the one-step SSE.
#pragma once

#include <vector>

#include "analytics/forecast/holt_winters.h"

namespace starcart::forecast {

// Initial state from the first two seasons, as the additive model's:
// level = mean of season 1, trend = (mean of season 2 − mean of season 1) / m,
// s_i = y_i / (level + (i − (m−1)/2)·trend); the recursion starts at t = m
// from level + (m−1)/2·trend. Needs n ≥ 2m. HwRun::season holds ratios.
HwRun holt_winters_mul_run(const std::vector<double>& y, int m, const HwParams& p);

double holt_winters_mul_forecast(const HwRun& run, int h);

// Whether the multiplicative model applies: every value > 0.
bool strictly_positive(const std::vector<double>& y);

// HwFit::sigma is the deviation of the one-step RELATIVE errors
// (y − ŷ) / ŷ: the interval is ŷ_h (1 ± 1.96 σ_rel √v_h), v_h the additive
// model's class-1 factor (holt_winters_variance_factor) — an approximation
// without simulation (Hyndman et al. 2008, §6.4 treat class 2 exactly).
// Not converged (and no run) when the series is not strictly positive.
HwFit fit_holt_winters_mul(const std::vector<double>& y, int m);

}  // namespace starcart::forecast
