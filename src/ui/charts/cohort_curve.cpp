#include "ui/charts/cohort_curve.h"

#include <algorithm>

namespace starcart::charts {

std::vector<CohortCurvePoint> average_retention(const std::vector<std::vector<int64_t>>& active,
                                                const std::vector<int64_t>& sizes) {
  std::vector<CohortCurvePoint> out;
  std::vector<int64_t> sum_active;
  const size_t n = std::min(active.size(), sizes.size());
  for (size_t c = 0; c < n; ++c) {
    if (sizes[c] <= 0) continue;
    const std::vector<int64_t>& row = active[c];
    if (row.size() > out.size()) {
      out.resize(row.size());
      sum_active.resize(row.size(), 0);
    }
    for (size_t k = 0; k < row.size(); ++k) {
      sum_active[k] += row[k];
      out[k].customers += sizes[c];
      out[k].cohorts += 1;
    }
  }
  for (size_t k = 0; k < out.size(); ++k)
    out[k].retention = static_cast<double>(sum_active[k]) / static_cast<double>(out[k].customers);
  return out;
}

}  // namespace starcart::charts
