#include "analytics/slice.h"

namespace starcart {

void ensure_customer_facts(const FactIndex& x, Slice& s) {
  if (!s.customers) s.customers = compute_customer_stats(x, s.base());
  if (!s.rfm) s.rfm = compute_rfm(*s.customers, s.filter.snapshot);
}

bool ensure_customer_facts(const FactIndex& x, Slice& s, Day cut, CustomerStats& before) {
  const bool fresh = !s.customers;
  if (fresh) s.customers = compute_customer_stats(x, s.base(), cut, before);
  ensure_customer_facts(x, s);
  return fresh;
}

std::vector<uint8_t> customers_kept(const FactStore& st, const Filter& f, const CustomerStats& customers,
                                    const Rfm& rfm) {
  // Which segments the filter names (names it does not know match nothing).
  std::vector<uint8_t> segment_ok(kSegmentCount, f.segments.empty() ? 1 : 0);
  for (const std::string& name : f.segments)
    if (auto seg = parse_segment(name)) segment_ok[static_cast<size_t>(*seg)] = 1;
  std::vector<uint8_t> keep(st.customers.size(), 0);
  for (const RfmRow& row : rfm.rows) {
    if (!segment_ok[static_cast<size_t>(row.segment)]) continue;
    if (f.cohort && month_index(customers.of[row.customer].first_day) != *f.cohort) continue;
    keep[row.customer] = 1;
  }
  return keep;
}

namespace {

// (3): the base's lines of the customers the filter keeps.
void apply_customer_filters(const FactStore& st, Slice& s) {
  s.keep = customers_kept(st, s.filter, *s.customers, *s.rfm);
  s.lines.lines.clear();
  s.lines.lines.reserve(s.filtered_base.lines.size());
  for (uint32_t i : s.filtered_base.lines)
    if (s.keep[st.customer[i]]) s.lines.lines.push_back(i);
}

Slice slice_of(const FactIndex& x, const Filter& f, Day cut, CustomerStats* before) {
  const FactStore& st = x.facts();
  Slice s;
  s.filter = f;
  s.period = filter_period(st, f);
  if (!f.has_customer_filter()) {
    s.lines = select_lines(st, f);
    return s;
  }
  s.filtered_base = select_lines(st, f);
  if (before) ensure_customer_facts(x, s, cut, *before);
  else ensure_customer_facts(x, s);
  apply_customer_filters(st, s);
  return s;
}

}  // namespace

Slice make_slice(const FactIndex& x, const Filter& f) { return slice_of(x, f, 0, nullptr); }

Selection lines_of_kept_customers(const FactIndex& x, const Slice& slice, const Filter& f) {
  const FactStore& st = x.facts();
  Selection all = select_lines(st, f);
  if (slice.keep.empty()) return all;
  all.whole_days.reset();  // guests and the customers not kept go
  size_t n = 0;
  for (uint32_t i : all.lines)
    if (slice.keep[st.customer[i]]) all.lines[n++] = i;
  all.lines.resize(n);
  return all;
}

Filter line_filters(const Filter& f) {
  Filter g = f;
  g.segments.clear();
  g.cohort.reset();
  return g;
}

Slice reslice(const FactIndex& x, const Filter& f, Slice&& from) {
  if (!from.customers || !from.rfm || line_filters(f) != line_filters(from.filter)) return make_slice(x, f);
  Slice s;
  s.filter = f;
  s.period = from.period;  // the line filters' dates
  s.customers = std::move(from.customers);
  s.rfm = std::move(from.rfm);
  Selection base = from.filter.has_customer_filter() ? std::move(from.filtered_base) : std::move(from.lines);
  if (!f.has_customer_filter()) {
    s.lines = std::move(base);
    return s;
  }
  s.filtered_base = std::move(base);
  apply_customer_filters(x.facts(), s);
  return s;
}

Slice make_slice(const FactIndex& x, const Filter& f, Day cut, CustomerStats& before, bool& took_before) {
  took_before = f.has_customer_filter();
  return slice_of(x, f, cut, took_before ? &before : nullptr);
}

}  // namespace starcart
