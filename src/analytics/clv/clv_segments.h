// Segment × CLV: the predicted lifetime value of each RFM segment. The
// segment is the customer's RFM segment on the selection's snapshot
// (analytics/rfm.h); the CLV and P(alive) are the model's (fitted on the
// calibration period). Customers the model scored but RFM did not (or the
// reverse) are left out.
#pragma once

#include <cstdint>
#include <vector>

#include "analytics/clv/clv_analysis.h"
#include "analytics/rfm.h"

namespace starcart::clv {

struct ClvSegmentRow {
  Segment segment = Segment::kHibernating;
  int64_t customers = 0;
  double total_clv = 0;
  double mean_clv = 0;      // total / customers (0 for an empty segment)
  double mean_p_alive = 0;  // mean of P(alive) (0 for an empty segment)
};

// Always kSegmentCount rows, in enum order (empty segments included).
std::vector<ClvSegmentRow> clv_by_segment(const ClvAnalysis& clv, const std::vector<RfmRow>& rfm);

}  // namespace starcart::clv
