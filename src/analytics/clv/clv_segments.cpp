#include "analytics/clv/clv_segments.h"

#include <algorithm>

namespace starcart::clv {

std::vector<ClvSegmentRow> clv_by_segment(const ClvAnalysis& clv, const std::vector<RfmRow>& rfm) {
  std::vector<ClvSegmentRow> rows(kSegmentCount);
  for (size_t s = 0; s < kSegmentCount; ++s) rows[s].segment = static_cast<Segment>(s);
  // The segment per customer id (kCount: not scored).
  uint32_t max_id = 0;
  for (const RfmRow& r : rfm) max_id = std::max(max_id, r.customer);
  std::vector<uint8_t> segment_of(rfm.empty() ? 0 : static_cast<size_t>(max_id) + 1,
                                  static_cast<uint8_t>(Segment::kCount));
  for (const RfmRow& r : rfm) segment_of[r.customer] = static_cast<uint8_t>(r.segment);
  for (const ClvCustomer& c : clv.by_value) {
    if (c.customer >= segment_of.size() || segment_of[c.customer] >= kSegmentCount) continue;
    ClvSegmentRow& row = rows[segment_of[c.customer]];
    ++row.customers;
    row.total_clv += c.clv;
    row.mean_p_alive += c.p_alive;
  }
  for (ClvSegmentRow& row : rows) {
    if (row.customers == 0) continue;
    row.mean_clv = row.total_clv / static_cast<double>(row.customers);
    row.mean_p_alive /= static_cast<double>(row.customers);
  }
  return rows;
}

}  // namespace starcart::clv
