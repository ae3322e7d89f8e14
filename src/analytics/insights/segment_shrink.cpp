// Shrinking segments (docs/metrics.md, "Insights"): RFM is scored twice on
// the filter's lines up to the end of the previous period and up to the end
// of the current one (each as of the day after that end), and each
// segment's customers are counted. effect = (before − now) / all customers
// scored before (the share of the customer base the segment lost); a
// segment qualifies when it had at least 20 customers, lost at least 10 and
// at least 15 % of them. At most 2.
#include <cmath>

#include "analytics/insights/insights.h"
#include "analytics/rfm.h"
#include "analytics/slice.h"
#include "core/format.h"

namespace starcart::insights {

namespace {

constexpr int64_t kMinBefore = 20;
constexpr int64_t kMinLost = 10;
constexpr double kMinDrop = 0.15;
constexpr size_t kMax = 2;

std::vector<SegmentRow> segments_as_of(const FactIndex& x, Filter f, Day end) {
  f.to = end;
  f.snapshot = end + 1;
  Slice s = make_slice(x, f);
  ensure_customer_facts(x, s);
  return segment_summary(*s.rfm, s.keep);
}

// The slice's own RFM is the scoring as of `end`: same filter, scored by
// default (the day after the base's last sale) and that day is end + 1, so
// the base has no line after `end`.
bool scored_as_of(const Slice* s, const Filter& filter, Day end) {
  return s && s->rfm && s->filter == filter && !s->rfm->snapshot_set_by_user && s->rfm->snapshot == end + 1 &&
         (!filter.to || *filter.to >= end);
}

// The same scoring from the facts of the filter's base up to `end`, taken
// with the base's own (no second selection and pass): the base cut at
// `end` is the base of the filter moved to end at `end` when the filter
// does not end before it.
std::vector<SegmentRow> segments_of(const FactIndex& x, const Filter& filter, Day end, const CustomerStats& c) {
  const Rfm rfm = compute_rfm(c, end + 1);
  if (!filter.has_customer_filter()) return segment_summary(rfm, {});
  return segment_summary(rfm, customers_kept(x.facts(), filter, c, rfm));  // as make_slice's keep
}

}  // namespace

std::vector<Insight> segment_shrink(const FactIndex& x, const Filter& filter, const ComparePeriods& p,
                                    const Slice* main, const CustomerStats* cut) {
  std::vector<Insight> out;
  const bool cut_ok = cut && main && main->filter == filter && (!filter.to || *filter.to >= p.previous.to);
  const std::vector<SegmentRow> before =
      cut_ok ? segments_of(x, filter, p.previous.to, *cut) : segments_as_of(x, filter, p.previous.to);
  const std::vector<SegmentRow> now = scored_as_of(main, filter, p.current.to)
                                          ? segment_summary(*main->rfm, main->keep)
                                          : segments_as_of(x, filter, p.current.to);
  int64_t scored = 0;
  for (const SegmentRow& row : before) scored += row.customers;
  for (size_t i = 0; i < kSegmentCount; ++i) {
    const int64_t b = before[i].customers, c = now[i].customers;
    if (b < kMinBefore || b - c < kMinLost) continue;
    const double drop = static_cast<double>(b - c) / static_cast<double>(b);
    if (drop < kMinDrop) continue;
    const Segment seg = static_cast<Segment>(i);
    Insight in;
    in.kind = InsightKind::kSegment;
    in.effect = static_cast<double>(b - c) / static_cast<double>(scored);
    in.subject = segment_key(seg);
    in.value = static_cast<double>(c);
    in.baseline = static_cast<double>(b);
    in.text = std::string("The ") + segment_name(seg) + " segment shrank from " + format_count(b) + " to " +
              format_count(c) + " customers (" + format_delta_percent(-drop) + ", " + format_percent(in.effect) +
              " of the " + format_count(scored) + " customers scored) between " + format_iso_date(p.previous.to) +
              " and " + format_iso_date(p.current.to) + " (RFM scored as of each day).";
    in.link.tab = "customers";
    in.link.filter = filter;
    in.link.filter.segments = {segment_name(seg)};
    out.push_back(std::move(in));
  }
  rank(out);
  if (out.size() > kMax) out.resize(kMax);
  return out;
}

}  // namespace starcart::insights
