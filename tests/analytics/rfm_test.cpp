// RFM rules (docs/metrics.md, "RFM"), expected values by hand on
// tests/data/csv/rfm_ties_three_months.csv: ten customers, one line per
// order, Jan–Mar 2024; plus a guest sale of 10.00 on 2024-03-31 and a return
// of 100.00 by 1002 on 2024-03-15 (neither is in any RFM value).
//
// Per customer (last sale → recency to the snapshot 2024-04-01, orders, sales):
//   1001  2024-03-31 R 1   F 5  M 500      1006  2024-03-02 R 30  F 3  M 300
//   1002  2024-03-31 R 1   F 4  M 400      1007  2024-03-02 R 30  F 5  M 250
//   1003  2024-03-27 R 5   F 4  M 400      1008  2024-02-01 R 60  F 1  M 50
//   1004  2024-03-27 R 5   F 2  M 200      1009  2024-02-01 R 60  F 2  M 100
//   1005  2024-03-22 R 10  F 1  M 100      1010  2024-01-02 R 90  F 1  M 20
// N = 10, so score = 1 + ⌊worse / 2⌋:
//   R: worse = customers with a larger recency: R1 → 8 → 5; R5 → 6 → 4;
//      R10 → 5 → 3; R30 → 3 → 2; R60 → 1 → 1; R90 → 0 → 1.
//   F: worse = customers with fewer orders (values 1,1,1,2,2,3,4,4,5,5):
//      F1 → 0 → 1; F2 → 3 → 2; F3 → 5 → 3; F4 → 6 → 4; F5 → 8 → 5.
//   M: values 20,50,100,100,200,250,300,400,400,500: 20 → 1; 50 → 1 (worse 1);
//      100 → 2 (worse 2); 200 → 3 (4); 250 → 3 (5); 300 → 4 (6); 400 → 4 (7);
//      500 → 5 (9).
// Segments: 1001 R5F5 and 1002 R5F4 Champions; 1003 R4F4 Loyal; 1004 R4F2
// Potential Loyalists; 1005 R3F1 About to Sleep; 1006 R2F3 At Risk; 1007
// R2F5 Can't Lose; 1008 R1F1, 1009 R1F2, 1010 R1F1 Hibernating.
#include <doctest.h>

#include <map>

#include "analytics/customers.h"
#include "analytics/slice.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

Money m(const char* s) { return *parse_money(s); }

struct Expected {
  int recency, frequency;
  const char* monetary;
  int r, f, mscore;
  Segment segment;
};

const std::map<std::string, Expected> kExpected = {
    {"1001", {1, 5, "500", 5, 5, 5, Segment::kChampions}},
    {"1002", {1, 4, "400", 5, 4, 4, Segment::kChampions}},
    {"1003", {5, 4, "400", 4, 4, 4, Segment::kLoyal}},
    {"1004", {5, 2, "200", 4, 2, 3, Segment::kPotentialLoyalists}},
    {"1005", {10, 1, "100", 3, 1, 2, Segment::kAboutToSleep}},
    {"1006", {30, 3, "300", 2, 3, 4, Segment::kAtRisk}},
    {"1007", {30, 5, "250", 2, 5, 3, Segment::kCantLose}},
    {"1008", {60, 1, "50", 1, 1, 1, Segment::kHibernating}},
    {"1009", {60, 2, "100", 1, 2, 2, Segment::kHibernating}},
    {"1010", {90, 1, "20", 1, 1, 1, Segment::kHibernating}},
};

}  // namespace

TEST_CASE("rfm score formula: 1 + floor(5 x worse / N), capped at 5") {
  CHECK(rfm_score(0, 10) == 1);
  CHECK(rfm_score(1, 10) == 1);   // 1 + floor(0.5)
  CHECK(rfm_score(2, 10) == 2);
  CHECK(rfm_score(9, 10) == 5);   // 1 + floor(4.5)
  CHECK(rfm_score(0, 1) == 1);    // a lone customer has nobody worse
  CHECK(rfm_score(2, 3) == 4);    // 1 + floor(10 / 3)
  CHECK(rfm_score(7, 7) == 5);    // the cap (not reachable from real data: worse < N)
}

TEST_CASE("segment table from R and F scores covers all 25 pairs as the issue lists") {
  // Rows R5..R1, columns F1..F5.
  const Segment S[5][5] = {
      {Segment::kNew, Segment::kPotentialLoyalists, Segment::kPotentialLoyalists, Segment::kChampions, Segment::kChampions},
      {Segment::kPromising, Segment::kPotentialLoyalists, Segment::kPotentialLoyalists, Segment::kLoyal, Segment::kLoyal},
      {Segment::kAboutToSleep, Segment::kAboutToSleep, Segment::kNeedAttention, Segment::kLoyal, Segment::kLoyal},
      {Segment::kHibernating, Segment::kHibernating, Segment::kAtRisk, Segment::kAtRisk, Segment::kCantLose},
      {Segment::kHibernating, Segment::kHibernating, Segment::kAtRisk, Segment::kAtRisk, Segment::kCantLose},
  };
  for (int r = 5; r >= 1; --r)
    for (int f = 1; f <= 5; ++f) CHECK(segment_of(r, f) == S[5 - r][f - 1]);
}

TEST_CASE("segment names and keys parse case-insensitively") {
  CHECK(parse_segment("Can't Lose") == Segment::kCantLose);
  CHECK(parse_segment("cant_lose") == Segment::kCantLose);
  CHECK(parse_segment("AT RISK") == Segment::kAtRisk);
  CHECK(parse_segment("potential loyalists") == Segment::kPotentialLoyalists);
  CHECK_FALSE(parse_segment("Whales").has_value());
  CHECK(std::string(segment_name(Segment::kAboutToSleep)) == "About to Sleep");
  CHECK(std::string(segment_key(Segment::kNeedAttention)) == "need_attention");
}

TEST_CASE("RFM values, tie-safe scores and segments on rfm_ties_three_months") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Slice slice = make_slice(x, Filter{});
  CustomerAnalysis a = compute_customers(x, slice);
  CHECK(format_iso_date(a.snapshot) == "2024-04-01");  // the day after the last sale (2024-03-31)
  CHECK_FALSE(a.snapshot_set_by_user);
  CHECK(a.scored_customers == 10);                      // the guest is not scored
  REQUIRE(a.rfm.size() == 10);
  for (const RfmRow& row : a.rfm) {
    CAPTURE(row.customer_id);
    const Expected& e = kExpected.at(std::string(row.customer_id));
    CHECK(row.recency == e.recency);
    CHECK(row.frequency == e.frequency);
    CHECK(row.monetary == m(e.monetary));
    CHECK(int(row.r) == e.r);
    CHECK(int(row.f) == e.f);
    CHECK(int(row.m) == e.mscore);
    CHECK(row.segment == e.segment);
  }
}

TEST_CASE("a snapshot the user sets moves recency, not the ranking") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.snapshot = days_from_civil(2024, 4, 11);  // ten days later
  Slice slice = make_slice(x, f);
  CustomerAnalysis a = compute_customers(x, slice);
  CHECK(a.snapshot_set_by_user);
  for (const RfmRow& row : a.rfm) {
    const Expected& e = kExpected.at(std::string(row.customer_id));
    CHECK(row.recency == e.recency + 10);
    CHECK(int(row.r) == e.r);
  }
}

TEST_CASE("segment summary: counts, shares, revenue and means") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Slice slice = make_slice(x, Filter{});
  CustomerAnalysis a = compute_customers(x, slice);
  REQUIRE(a.segments.size() == kSegmentCount);
  // Total monetary = 500+400+400+200+100+300+250+50+100+20 = 2320.
  const SegmentRow& champions = a.segments[static_cast<size_t>(Segment::kChampions)];
  CHECK(champions.customers == 2);
  CHECK(champions.share == doctest::Approx(0.2));
  CHECK(champions.revenue == m("900"));
  CHECK(champions.revenue_share == doctest::Approx(900.0 / 2320.0));
  CHECK(champions.mean_recency == doctest::Approx(1.0));
  CHECK(champions.mean_frequency == doctest::Approx(4.5));
  CHECK(champions.mean_monetary == m("450"));
  const SegmentRow& hibernating = a.segments[static_cast<size_t>(Segment::kHibernating)];
  CHECK(hibernating.customers == 3);
  CHECK(hibernating.revenue == m("170"));                        // 50 + 100 + 20
  CHECK(hibernating.mean_recency == doctest::Approx(70.0));      // (60 + 60 + 90) / 3
  CHECK(hibernating.mean_frequency == doctest::Approx(4.0 / 3)); // (1 + 2 + 1) / 3
  CHECK(hibernating.mean_monetary == m("56.6667"));              // 170 / 3, at 1/10,000
  CHECK(a.segments[static_cast<size_t>(Segment::kNew)].customers == 0);
  int64_t total = 0;
  for (const SegmentRow& r : a.segments) total += r.customers;
  CHECK(total == 10);
}
