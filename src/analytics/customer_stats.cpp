#include "analytics/customer_stats.h"


#include "analytics/calendar_cursor.h"

namespace starcart {

namespace {

// stats_pass on a selection of whole days: the same facts from the index's
// sale runs (a run is one customer's sale lines of one order on one day, so
// summing runs is summing their lines, in the same order).
CustomerStats runs_pass(const FactIndex& x, DayRange days, Day cut, CustomerStats* before,
                        const CustomerPassExtras& extras) {
  const FactStore& s = x.facts();
  const SaleRuns& r = x.sale_runs;
  CustomerStats c;
  c.of.assign(s.customers.size(), CustomerFacts{});
  std::vector<uint8_t> seen_pair(x.order_customer.count, 0);
  CohortCounter* cohorts = extras.cohorts;
  DailyRevenue* daily = extras.daily;
  MonthCursor cursor;
  const DayRange in = r.clamp(days);
  for (Day d = in.from; d <= in.to; ++d) {
    const size_t k0 = r.begin(d), k1 = r.end(d);
    if (k0 == k1) continue;  // no sale that day
    if (before && d > cut) {
      *before = c;
      before = nullptr;
    }
    c.last_sale_day = d;
    const MonthIndex month = cohorts ? cursor.month(d) : 0;
    Money day_value = 0;
    for (size_t k = k0; k < k1; ++k) {
      const Money v = r.value[k];
      day_value += v;
      const uint32_t customer = r.customer[k];
      if (customer == 0) continue;
      CustomerFacts& f = c.of[customer];
      if (f.first_day == kNoDay) {
        f.first_day = d;
        c.active.push_back(customer);
      }
      f.last_day = d;
      f.revenue += v;
      const uint32_t pair = r.pair(k);
      if (!seen_pair[pair]) {
        seen_pair[pair] = 1;
        ++f.orders;
      }
      if (cohorts) cohorts->add_revenue(cohorts->enter(customer, month), v);
    }
    if (daily) daily->add(d, day_value);
  }
  if (before) *before = c;  // no sale after the cut
  return c;
}

// before == nullptr: no cut.
CustomerStats stats_pass(const FactIndex& x, const Selection& sel, Day cut, CustomerStats* before,
                         const CustomerPassExtras& extras) {
  if (sel.whole_days) return runs_pass(x, *sel.whole_days, cut, before, extras);
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
