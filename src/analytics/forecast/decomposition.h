// Classical additive seasonal decomposition (as in R's decompose()):
//   trend_t   = centred moving average of length m (a 2×m MA when m is even:
//               half weight on the two end points), undefined for the first
//               and last ⌊m/2⌋ points;
//   seasonal  = per slot k (t mod m = k), the mean of y − trend over the
//               points of that slot where the trend is defined, then centred
//               so the m indices sum to 0;
//   residual  = y − trend − seasonal, where the trend is defined.
// Undefined values are NaN. A pure function of the series: no state, no I/O.
#pragma once

#include <vector>

namespace starcart::forecast {

struct Decomposition {
  std::vector<double> trend;     // per point; NaN at the ends
  std::vector<double> seasonal;  // per point: the index of its slot
  std::vector<double> residual;  // per point; NaN where the trend is
  std::vector<double> index;     // m values, slot k = t mod m; they sum to 0
};

// Empty (all vectors empty) when m < 2 or the series is shorter than 2m
// (every slot then has a defined trend point).
Decomposition decompose_additive(const std::vector<double>& y, int m);

}  // namespace starcart::forecast
