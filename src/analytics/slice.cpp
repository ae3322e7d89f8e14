#include "analytics/slice.h"

namespace starcart {

void ensure_customer_facts(const FactIndex& x, Slice& s) {
  if (!s.customers) s.customers = compute_customer_stats(x, s.base);
  if (!s.rfm) s.rfm = compute_rfm(*s.customers, s.filter.snapshot);
}

Slice make_slice(const FactIndex& x, const Filter& f) {
  const FactStore& st = x.facts();
  Slice s;
  s.filter = f;
  s.period = filter_period(st, f);
  s.base = select_lines(st, f);
  if (!f.has_customer_filter()) {
    s.lines = s.base;
    return s;
  }
  ensure_customer_facts(x, s);
  // Which segments the filter names (names it does not know match nothing).
  std::vector<uint8_t> segment_ok(kSegmentCount, f.segments.empty() ? 1 : 0);
  for (const std::string& name : f.segments)
    if (auto seg = parse_segment(name)) segment_ok[static_cast<size_t>(*seg)] = 1;
  s.keep.assign(st.customers.size(), 0);
  for (const RfmRow& row : s.rfm->rows) {
    if (!segment_ok[static_cast<size_t>(row.segment)]) continue;
    if (f.cohort && month_index(s.customers->of[row.customer].first_day) != *f.cohort) continue;
    s.keep[row.customer] = 1;
  }
  s.lines.lines.reserve(s.base.lines.size());
  for (uint32_t i : s.base.lines)
    if (s.keep[st.customer[i]]) s.lines.lines.push_back(i);
  return s;
}

}  // namespace starcart
