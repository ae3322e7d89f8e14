// The average retention curve under a cohort heatmap: for each offset k
// (months after the cohort month), the customers of all cohorts that reach
// offset k who were active then, over those cohorts' sizes. Weighted by
// size, so a cohort of 3 customers does not count as much as one of 3,000;
// a cohort too young to have offset k is left out of k (not counted as 0,
// which would bend the curve down at its end). Pure, unit-tested.
#pragma once

#include <cstdint>
#include <vector>

namespace starcart::charts {

struct CohortCurvePoint {
  double retention = 0;   // sum of active[k] / sum of size, over the cohorts that reach k
  int64_t customers = 0;  // sum of size over those cohorts
  int cohorts = 0;        // how many cohorts reach k
};

// `active[c][k]`: active customers of cohort c at offset k (its length is the
// offsets the cohort reaches); `sizes[c]`: the cohort's customers. Cohorts of
// size 0 are skipped. One point per offset, up to the longest cohort.
std::vector<CohortCurvePoint> average_retention(const std::vector<std::vector<int64_t>>& active,
                                                const std::vector<int64_t>& sizes);

}  // namespace starcart::charts
