#include "analytics/customer_stats.h"

#include "analytics/calendar_cursor.h"

namespace starcart {

namespace {

// before == nullptr: no cut.
CustomerStats stats_pass(const FactIndex& x, const Selection& sel, Day cut, CustomerStats* before,
                         const CustomerPassExtras& extras) {
  const FactStore& s = x.facts();
  const size_t customers = s.customers.size();
  CustomerStats c;
  c.of.assign(customers, CustomerFacts{});
  std::vector<uint8_t> seen_pair(x.order_customer.count, 0);
  // An order's lines are mostly consecutive: a run of lines of one order and
  // one customer is summed in registers and written to the customer's facts
  // once (the facts array is the pass's only random access).
  uint32_t run_customer = 0, run_order = UINT32_MAX;
  Money run_value = 0;
  Day run_day = kNoDay;
  CohortCounter* cohorts = extras.cohorts;
  DailyRevenue* daily = extras.daily;
  MonthCursor cursor;
  size_t run_cell = 0;  // the run's cohort cell (an order is in one month)
  auto flush = [&] {
    if (run_customer == 0) return;
    CustomerFacts& f = c.of[run_customer];
    f.revenue += run_value;
    f.last_day = run_day;
    if (cohorts) cohorts->add_revenue(run_cell, run_value);
  };
  const uint32_t* lines = sel.lines.data();
  const size_t n = sel.lines.size();
  for (size_t j = 0; j < n; ++j) {
    const uint32_t i = lines[j];
    if (s.kind[i] != LineKind::kSale) continue;
    const Day d = s.day[i];
    if (before && d > cut) {  // the first sale line after the cut: the facts so far are `before`
      flush();
      run_value = 0;  // the rest of a run that spans the cut is added at its next flush
      *before = c;
      before = nullptr;
    }
    c.last_sale_day = d;  // lines are in date order
    if (daily) daily->add(d, s.value[i]);
    const uint32_t k = s.customer[i], o = s.order[i];
    if (k == run_customer && o == run_order && (!cohorts || d == run_day || cursor.month(d) == cursor.month(run_day))) {
      run_value += s.value[i];
      run_day = d;
      continue;
    }
    flush();
    run_customer = k;
    run_order = o;
    run_value = s.value[i];
    run_day = d;
    if (k == 0) continue;
    if (cohorts) run_cell = cohorts->enter(k, cursor.month(d));
    CustomerFacts& f = c.of[k];
    if (f.first_day == kNoDay) {
      f.first_day = d;
      c.active.push_back(k);
    }
    const uint32_t pair = x.order_customer.at(s.order, i);
    if (!seen_pair[pair]) {
      seen_pair[pair] = 1;
      ++f.orders;
    }
  }
  flush();
  if (before) *before = c;  // no sale line after the cut
  return c;
}

}  // namespace

CustomerStats compute_customer_stats(const FactIndex& x, const Selection& sel) {
  return stats_pass(x, sel, 0, nullptr, {});
}

CustomerStats compute_customer_stats(const FactIndex& x, const Selection& sel, Day cut, CustomerStats& before) {
  return stats_pass(x, sel, cut, &before, {});
}

CustomerStats compute_customer_stats(const FactIndex& x, const Selection& sel, Day cut, CustomerStats* before,
                                     const CustomerPassExtras& extras) {
  return stats_pass(x, sel, cut, before, extras);
}

}  // namespace starcart
