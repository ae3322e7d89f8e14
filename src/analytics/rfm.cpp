#include "analytics/rfm.h"

#include <algorithm>
#include <string>

#include "analytics/rank_counts.h"

namespace starcart {

namespace {

struct SegmentInfo {
  const char* name;
  const char* key;
};
constexpr SegmentInfo kSegments[] = {
    {"Champions", "champions"},       {"Loyal", "loyal"},
    {"Potential Loyalists", "potential_loyalists"}, {"New", "new"},
    {"Promising", "promising"},       {"Need Attention", "need_attention"},
    {"About to Sleep", "about_to_sleep"}, {"At Risk", "at_risk"},
    {"Can't Lose", "cant_lose"},      {"Hibernating", "hibernating"},
};
static_assert(sizeof(kSegments) / sizeof(kSegments[0]) == kSegmentCount, "one entry per Segment");

// Lower-case letters and digits only: "Can't Lose", "cant_lose" and
// "CANT LOSE" compare equal.
std::string fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

}  // namespace

const char* segment_name(Segment s) { return kSegments[static_cast<size_t>(s)].name; }
const char* segment_key(Segment s) { return kSegments[static_cast<size_t>(s)].key; }

std::optional<Segment> parse_segment(std::string_view text) {
  const std::string t = fold(text);
  for (size_t i = 0; i < kSegmentCount; ++i)
    if (fold(kSegments[i].name) == t || fold(kSegments[i].key) == t) return static_cast<Segment>(i);
  return std::nullopt;
}

Segment segment_of(int r, int f) {
  if (r == 5) return f >= 4 ? Segment::kChampions : f >= 2 ? Segment::kPotentialLoyalists : Segment::kNew;
  if (r == 4) return f >= 4 ? Segment::kLoyal : f >= 2 ? Segment::kPotentialLoyalists : Segment::kPromising;
  if (r == 3) return f >= 4 ? Segment::kLoyal : f == 3 ? Segment::kNeedAttention : Segment::kAboutToSleep;
  return f == 5 ? Segment::kCantLose : f >= 3 ? Segment::kAtRisk : Segment::kHibernating;
}

int rfm_score(int64_t worse, int64_t n) {
  int64_t s = 1 + 5 * worse / n;
  return static_cast<int>(std::min<int64_t>(s, 5));
}

Rfm compute_rfm(const CustomerStats& c, std::optional<Day> snapshot) {
  Rfm out;
  out.row_of.assign(c.of.size(), -1);
  const size_t n = c.active.size();
  if (n == 0) return out;
  out.snapshot_set_by_user = snapshot.has_value();
  out.snapshot = snapshot ? *snapshot : c.last_sale_day + 1;
  out.rows.resize(n);
  // Worse = larger recency = smaller −recency; smaller frequency; smaller monetary.
  std::vector<int64_t> neg_recency(n), frequency(n), monetary(n);
  for (size_t k = 0; k < n; ++k) {
    const uint32_t id = c.active[k];
    const CustomerFacts& f = c.of[id];
    RfmRow& row = out.rows[k];
    row.customer = id;
    row.recency = out.snapshot - f.last_day;
    row.frequency = f.orders;
    row.monetary = f.revenue;
    neg_recency[k] = -static_cast<int64_t>(row.recency);
    frequency[k] = row.frequency;
    monetary[k] = row.monetary;
    out.row_of[id] = static_cast<int32_t>(k);
  }
  const std::vector<uint8_t> r = quintile_scores(neg_recency);
  const std::vector<uint8_t> f = quintile_scores(frequency);
  const std::vector<uint8_t> m = quintile_scores(monetary);
  for (size_t k = 0; k < n; ++k) {
    RfmRow& row = out.rows[k];
    row.r = r[k];
    row.f = f[k];
    row.m = m[k];
    row.segment = segment_of(row.r, row.f);
  }
  return out;
}

std::vector<SegmentRow> segment_summary(const Rfm& rfm, const std::vector<uint8_t>& keep) {
  std::vector<SegmentRow> out(kSegmentCount);
  std::vector<int64_t> recency_sum(kSegmentCount, 0), frequency_sum(kSegmentCount, 0);
  int64_t customers = 0;
  Money revenue = 0;
  for (const RfmRow& r : rfm.rows) {
    if (!keep.empty() && !keep[r.customer]) continue;
    const size_t k = static_cast<size_t>(r.segment);
    ++out[k].customers;
    out[k].revenue += r.monetary;
    recency_sum[k] += r.recency;
    frequency_sum[k] += r.frequency;
    ++customers;
    revenue += r.monetary;
  }
  for (size_t k = 0; k < kSegmentCount; ++k) {
    SegmentRow& s = out[k];
    s.segment = static_cast<Segment>(k);
    if (s.customers == 0) continue;
    const double n = static_cast<double>(s.customers);
    s.share = n / static_cast<double>(customers);
    s.revenue_share = revenue != 0 ? static_cast<double>(s.revenue) / static_cast<double>(revenue) : 0;
    s.mean_recency = static_cast<double>(recency_sum[k]) / n;
    s.mean_frequency = static_cast<double>(frequency_sum[k]) / n;
    s.mean_monetary = div_round(s.revenue, s.customers);
  }
  return out;
}

}  // namespace starcart
