#include "analytics/customers.h"

#include "analytics/calendar_cursor.h"

namespace starcart {

OrderGaps order_gaps(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  OrderGaps g;
  std::vector<Day> last_order(s.customers.size(), kNoDay);
  std::vector<uint8_t> repeat(s.customers.size(), 0);
  std::vector<uint8_t> seen_pair(x.order_customer.count, 0);
  std::vector<int64_t> histogram;  // gap in days -> count (gaps are bounded by the data's span)
  int64_t sum = 0;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t c = s.customer[i];
    if (c == 0) continue;
    const uint32_t pair = x.order_customer.at(s.order, i);
    if (seen_pair[pair]) continue;
    seen_pair[pair] = 1;
    const Day d = s.day[i];
    Day& last = last_order[c];
    if (last != kNoDay) {
      const size_t gap = static_cast<size_t>(d - last);
      if (gap >= histogram.size()) histogram.resize(gap + 1, 0);
      ++histogram[gap];
      ++g.gaps;
      sum += static_cast<int64_t>(gap);
      if (!repeat[c]) {
        repeat[c] = 1;
        ++g.repeat_customers;
      }
    }
    last = d;
  }
  if (g.gaps == 0) return g;
  g.mean_days = static_cast<double>(sum) / static_cast<double>(g.gaps);
  // The median from the histogram: the values at 0-based ranks (G−1)/2 and G/2.
  const int64_t lo_rank = (g.gaps - 1) / 2, hi_rank = g.gaps / 2;
  int64_t seen = 0;
  std::optional<int64_t> lo, hi;
  for (size_t v = 0; v < histogram.size() && !hi; ++v) {
    seen += histogram[v];
    if (!lo && seen > lo_rank) lo = static_cast<int64_t>(v);
    if (!hi && seen > hi_rank) hi = static_cast<int64_t>(v);
  }
  g.median_days = (static_cast<double>(*lo) + static_cast<double>(*hi)) / 2.0;
  return g;
}

std::vector<NewReturningPoint> new_vs_returning(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  std::vector<NewReturningPoint> out;
  if (sel.lines.empty()) return out;
  const MonthIndex first = month_index(s.day[sel.lines.front()]);
  const MonthIndex last = month_index(s.day[sel.lines.back()]);
  out.resize(static_cast<size_t>(last - first + 1));
  for (size_t k = 0; k < out.size(); ++k) out[k].month = first + static_cast<MonthIndex>(k);
  std::vector<MonthIndex> first_month(s.customers.size(), INT32_MIN);  // of the first sale ever
  std::vector<MonthIndex> counted(s.customers.size(), INT32_MIN);
  MonthCursor cursor;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t c = s.customer[i];
    if (c == 0) continue;
    const MonthIndex m = cursor.month(s.day[i]);
    if (first_month[c] == INT32_MIN) first_month[c] = month_index(x.first_sale[c]);
    NewReturningPoint& p = out[static_cast<size_t>(m - first)];
    const bool is_new = first_month[c] == m;
    if (is_new) p.new_revenue += s.value[i];
    else p.returning_revenue += s.value[i];
    if (counted[c] != m) {
      counted[c] = m;
      ++(is_new ? p.new_customers : p.returning_customers);
    }
  }
  return out;
}

CustomerAnalysis compute_customers(const FactIndex& x, Slice& slice) {
  ensure_customer_facts(x, slice);
  const Rfm& rfm = *slice.rfm;
  CustomerAnalysis a;
  a.snapshot = rfm.snapshot;
  a.snapshot_set_by_user = rfm.snapshot_set_by_user;
  a.scored_customers = static_cast<int64_t>(rfm.rows.size());
  a.rfm.reserve(rfm.rows.size());
  for (const RfmRow& r : rfm.rows)
    if (slice_keeps_customer(slice, r.customer)) {
      a.rfm.push_back(r);
      a.rfm.back().customer_id = x.facts().customers.at(r.customer);
    }
  a.segments = segment_summary(rfm, slice.keep);
  a.gaps = order_gaps(x, slice.lines);
  a.new_vs_returning = new_vs_returning(x, slice.lines);
  return a;
}

}  // namespace starcart
