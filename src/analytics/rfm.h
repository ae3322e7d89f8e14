// RFM: recency, frequency and monetary value per customer, tie-safe scores
// 1–5 and segments (docs/metrics.md, "RFM").
//
//  - snapshot = the day the user set, else the day after the last sale day
//    of the selection the stats were computed on (guests included);
//  - recency = snapshot − last sale day (days); frequency = distinct orders;
//    monetary = sales revenue (returns not subtracted);
//  - score = min(5, 1 + ⌊5 × worse / N⌋), worse = number of customers with a
//    strictly worse value (larger recency, smaller frequency, smaller
//    monetary), N = customers scored. Equal values get equal scores;
//  - segment from the R and F scores (segment_of).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "analytics/customer_stats.h"

namespace starcart {

enum class Segment : uint8_t {
  kChampions,           // R5 F4–5
  kLoyal,               // R3–4 F4–5
  kPotentialLoyalists,  // R4–5 F2–3
  kNew,                 // R5 F1
  kPromising,           // R4 F1
  kNeedAttention,       // R3 F3
  kAboutToSleep,        // R3 F1–2
  kAtRisk,              // R1–2 F3–4
  kCantLose,            // R1–2 F5
  kHibernating,         // R1–2 F1–2
  kCount
};
inline constexpr size_t kSegmentCount = static_cast<size_t>(Segment::kCount);

const char* segment_name(Segment s);  // "Can't Lose"
const char* segment_key(Segment s);   // "cant_lose"
// A segment from its name or key, case-insensitively ("at risk", "At_Risk").
std::optional<Segment> parse_segment(std::string_view text);

// The segment table of the R and F scores (1..5 each).
Segment segment_of(int r_score, int f_score);

// min(5, 1 + ⌊5 × worse / n⌋); n > 0.
int rfm_score(int64_t worse, int64_t n);

struct RfmRow {
  uint32_t customer = 0;  // customer id (FactStore::customers)
  std::string_view customer_id;  // the id as written (set by compute_customers; a view into the store)
  int32_t recency = 0;    // days from the last sale to the snapshot
  int32_t frequency = 0;  // distinct orders
  Money monetary = 0;     // sales revenue
  uint8_t r = 0, f = 0, m = 0;  // scores 1..5
  Segment segment = Segment::kHibernating;
};

struct Rfm {
  Day snapshot = kNoDay;            // kNoDay when there is no customer
  bool snapshot_set_by_user = false;
  std::vector<RfmRow> rows;         // one per customer with a sale, in order of first sale
  std::vector<int32_t> row_of;      // per customer id: index into rows, -1 = not scored
};

Rfm compute_rfm(const CustomerStats& stats, std::optional<Day> snapshot);

// Per segment, over the scored customers that `keep` keeps (per customer id;
// empty = all). Shares are of the kept customers' count and revenue.
struct SegmentRow {
  Segment segment = Segment::kHibernating;
  int64_t customers = 0;
  double share = 0;          // customers / kept customers
  Money revenue = 0;         // sum of monetary
  double revenue_share = 0;  // revenue / kept customers' revenue
  double mean_recency = 0;   // days
  double mean_frequency = 0; // orders
  Money mean_monetary = 0;   // revenue / customers, rounded at 1/10,000
};
// Always kSegmentCount rows, in enum order (empty segments included).
std::vector<SegmentRow> segment_summary(const Rfm& rfm, const std::vector<uint8_t>& keep);

}  // namespace starcart
