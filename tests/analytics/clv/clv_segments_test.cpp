#include <doctest.h>

#include "analytics/clv/clv_segments.h"

using namespace starcart;
using namespace starcart::clv;

namespace {

ClvCustomer customer(uint32_t id, double clv, double p_alive) {
  ClvCustomer c;
  c.customer = id;
  c.clv = clv;
  c.p_alive = p_alive;
  return c;
}

RfmRow scored(uint32_t id, Segment s) {
  RfmRow r;
  r.customer = id;
  r.segment = s;
  return r;
}

}  // namespace

TEST_CASE("segment x CLV: customers, total and mean CLV, mean P(alive) per RFM segment") {
  // Champions: ids 0 and 3 (CLV 100 + 300 = 400, mean 200; P(alive) (0.9 + 0.7) / 2 = 0.8).
  // At Risk: id 5 (CLV 20, P(alive) 0.1). Id 7 has a CLV but no RFM row: left out.
  // Id 9 is scored (Hibernating) but the model did not score it: the segment stays empty.
  ClvAnalysis a;
  a.by_value = {customer(3, 300, 0.7), customer(0, 100, 0.9), customer(5, 20, 0.1), customer(7, 50, 0.5)};
  const std::vector<RfmRow> rfm = {scored(0, Segment::kChampions), scored(3, Segment::kChampions),
                                   scored(5, Segment::kAtRisk), scored(9, Segment::kHibernating)};
  const std::vector<ClvSegmentRow> rows = clv_by_segment(a, rfm);
  REQUIRE(rows.size() == kSegmentCount);
  const ClvSegmentRow& champions = rows[static_cast<size_t>(Segment::kChampions)];
  CHECK(champions.segment == Segment::kChampions);
  CHECK(champions.customers == 2);
  CHECK(champions.total_clv == doctest::Approx(400));
  CHECK(champions.mean_clv == doctest::Approx(200));
  CHECK(champions.mean_p_alive == doctest::Approx(0.8));
  const ClvSegmentRow& at_risk = rows[static_cast<size_t>(Segment::kAtRisk)];
  CHECK(at_risk.customers == 1);
  CHECK(at_risk.total_clv == doctest::Approx(20));
  CHECK(at_risk.mean_p_alive == doctest::Approx(0.1));
  const ClvSegmentRow& lost = rows[static_cast<size_t>(Segment::kHibernating)];
  CHECK(lost.customers == 0);
  CHECK(lost.mean_clv == 0);
  int64_t total = 0;
  for (const ClvSegmentRow& r : rows) total += r.customers;
  CHECK(total == 3);
}

TEST_CASE("segment x CLV without RFM rows: every segment empty") {
  ClvAnalysis a;
  a.by_value = {customer(1, 10, 0.5)};
  for (const ClvSegmentRow& r : clv_by_segment(a, {})) CHECK(r.customers == 0);
}
