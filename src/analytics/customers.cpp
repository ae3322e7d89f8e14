#include "analytics/customers.h"

#include "analytics/calendar_cursor.h"

namespace starcart {

namespace {

// (2) and (3) in one pass over the selection.
struct Activity {
  OrderGaps gaps;
  std::vector<NewReturningPoint> by_month;
};

Activity customer_activity(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  Activity a;
  if (sel.lines.empty()) return a;
  const MonthIndex first = month_index(s.day[sel.lines.front()]);
  const MonthIndex last = month_index(s.day[sel.lines.back()]);
  a.by_month.resize(static_cast<size_t>(last - first + 1));
  for (size_t k = 0; k < a.by_month.size(); ++k) a.by_month[k].month = first + static_cast<MonthIndex>(k);
  // Per customer, on one cache line: last order day, month of the first sale
  // ever, last month counted active, whether a gap was seen.
  struct PerCustomer {
    Day last_order = kNoDay;
    MonthIndex first_month = INT32_MIN;
    MonthIndex counted = INT32_MIN;
    int32_t repeat = 0;
  };
  std::vector<PerCustomer> per(s.customers.size());
  std::vector<uint8_t> seen_pair(x.order_customer.count, 0);
  std::vector<int64_t> histogram;  // gap in days -> count (gaps are bounded by the data's span)
  int64_t sum = 0;
  MonthCursor cursor;
  // A run of lines of one order and one customer on one day changes nothing
  // but the revenue: those lines skip the per-customer lookups.
  uint32_t prev_order = UINT32_MAX, prev_customer = UINT32_MAX;
  Day prev_day = kNoDay;
  Money* prev_revenue = nullptr;  // the month's new or returning revenue of the run
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t c = s.customer[i];
    if (c == 0) continue;
    const uint32_t o = s.order[i];
    const Day d = s.day[i];
    if (o == prev_order && c == prev_customer && d == prev_day) {
      *prev_revenue += s.value[i];
      continue;
    }
    prev_order = o;
    prev_customer = c;
    prev_day = d;
    PerCustomer& pc = per[c];
    // (3)
    const MonthIndex m = cursor.month(d);
    if (pc.first_month == INT32_MIN) pc.first_month = month_index(x.first_sale[c]);
    NewReturningPoint& p = a.by_month[static_cast<size_t>(m - first)];
    const bool is_new = pc.first_month == m;
    prev_revenue = is_new ? &p.new_revenue : &p.returning_revenue;
    *prev_revenue += s.value[i];
    if (pc.counted != m) {
      pc.counted = m;
      ++(is_new ? p.new_customers : p.returning_customers);
    }
    // (2) on the first line of each of the customer's orders.
    const uint32_t pair = x.order_customer.at(s.order, i);
    if (seen_pair[pair]) continue;
    seen_pair[pair] = 1;
    if (pc.last_order != kNoDay) {
      const size_t gap = static_cast<size_t>(d - pc.last_order);
      if (gap >= histogram.size()) histogram.resize(gap + 1, 0);
      ++histogram[gap];
      ++a.gaps.gaps;
      sum += static_cast<int64_t>(gap);
      if (!pc.repeat) {
        pc.repeat = 1;
        ++a.gaps.repeat_customers;
      }
    }
    pc.last_order = d;
  }
  OrderGaps& g = a.gaps;
  if (g.gaps == 0) return a;
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
  return a;
}

}  // namespace

OrderGaps order_gaps(const FactIndex& x, const Selection& sel) { return customer_activity(x, sel).gaps; }

std::vector<NewReturningPoint> new_vs_returning(const FactIndex& x, const Selection& sel) {
  return customer_activity(x, sel).by_month;
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
  Activity activity = customer_activity(x, slice.lines);
  a.gaps = activity.gaps;
  a.new_vs_returning = std::move(activity.by_month);
  return a;
}

}  // namespace starcart
