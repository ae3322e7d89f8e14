#include "analytics/trends.h"

#include "analytics/calendar_cursor.h"

namespace starcart {

namespace {

// The period a key was last counted in, per granularity. One struct per
// order / customer keeps the three stamps on one cache line.
struct Stamps {
  Day day = kNoDay;
  Day week = kNoDay;        // Monday of the week
  MonthIndex month = INT32_MIN;
};

}  // namespace

MonthlyCounter::MonthlyCounter(const FactIndex& x, const Selection& sel) : s_(x.facts()) {
  if (sel.lines.empty()) return;
  first_ = month_index(s_.day[sel.lines.front()]);
  const MonthIndex last = month_index(s_.day[sel.lines.back()]);
  out_.resize(static_cast<size_t>(last - first_ + 1));
  for (size_t k = 0; k < out_.size(); ++k) out_[k].month = first_ + static_cast<MonthIndex>(k);
  order_stamp_.assign(s_.orders.size(), INT32_MIN);
  customer_stamp_.assign(s_.customers.size(), INT32_MIN);
}

std::vector<MonthPoint> MonthlyCounter::finish() {
  for (MonthPoint& p : out_) p.aov = div_round(p.revenue, p.orders);
  return std::move(out_);
}

std::vector<MonthPoint> monthly_series(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  MonthlyCounter monthly(x, sel);
  for (uint32_t i : sel.lines)
    if (s.kind[i] == LineKind::kSale) monthly.add_sale(i);
  return monthly.finish();
}

Trends compute_trends(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  Trends t;
  if (sel.lines.empty()) return t;
  const Day first = s.day[sel.lines.front()], last = s.day[sel.lines.back()];
  const Day week0 = iso_week_start(first);
  const MonthIndex month0 = month_index(first);
  t.daily.resize(static_cast<size_t>(last - first + 1));
  for (size_t k = 0; k < t.daily.size(); ++k) t.daily[k].day = first + static_cast<Day>(k);
  t.weekly.resize(static_cast<size_t>((iso_week_start(last) - week0) / 7 + 1));
  for (size_t k = 0; k < t.weekly.size(); ++k) {
    t.weekly[k].start = week0 + static_cast<Day>(7 * k);
    t.weekly[k].week = iso_week(t.weekly[k].start);
  }
  t.monthly.resize(static_cast<size_t>(month_index(last) - month0 + 1));
  for (size_t k = 0; k < t.monthly.size(); ++k) t.monthly[k].month = month0 + static_cast<MonthIndex>(k);

  std::vector<Stamps> order_stamp(s.orders.size()), customer_stamp(s.customers.size());
  MonthCursor cursor;
  // Week of the current day, cached like the month.
  Day cached_day = kNoDay, week_start = 0;
  // The previous sale line's order and customer: an order's lines are mostly
  // consecutive, and a repeat on the same day needs no stamp lookup.
  uint32_t prev_order = UINT32_MAX, prev_customer = UINT32_MAX;
  Day prev_day = kNoDay;
  // One sale (a line, or a sale run's lines) of order oid and customer c on day d.
  auto count = [&](Day d, uint32_t oid, uint32_t c, Money v) {
    const bool same_day = d == prev_day;
    prev_day = d;
    if (d != cached_day) {
      cached_day = d;
      week_start = iso_week_start(d);
    }
    const MonthIndex m = cursor.month(d);
    DayPoint& dp = t.daily[static_cast<size_t>(d - first)];
    WeekPoint& wp = t.weekly[static_cast<size_t>((week_start - week0) / 7)];
    MonthPoint& mp = t.monthly[static_cast<size_t>(m - month0)];
    dp.revenue += v;
    wp.revenue += v;
    mp.revenue += v;
    // A key counted today was counted this week and month too.
    const bool same_order = same_day && oid == prev_order, same_customer = same_day && c == prev_customer;
    prev_order = oid;
    prev_customer = c;
    Stamps& o = order_stamp[oid];
    if (!same_order && o.day != d) {
      o.day = d;
      ++dp.orders;
      if (o.week != week_start) {
        o.week = week_start;
        ++wp.orders;
      }
      if (o.month != m) {
        o.month = m;
        ++mp.orders;
      }
    }
    if (c == 0 || same_customer) return;
    Stamps& cs = customer_stamp[c];
    if (cs.day != d) {
      cs.day = d;
      ++dp.customers;
      if (cs.week != week_start) {
        cs.week = week_start;
        ++wp.customers;
      }
      if (cs.month != m) {
        cs.month = m;
        ++mp.customers;
      }
    }
  };
  if (sel.whole_days) {
    // All lines of some days: the series per sale run (fact_index.h (6)).
    const SaleRuns& r = x.sale_runs;
    r.each(*sel.whole_days, [&](Day d, size_t k) { count(d, r.order[k], r.customer[k], r.value[k]); });
  } else {
    for (uint32_t i : sel.lines)
      if (s.kind[i] == LineKind::kSale) count(s.day[i], s.order[i], s.customer[i], s.value[i]);
  }
  for (DayPoint& p : t.daily) p.aov = div_round(p.revenue, p.orders);
  for (WeekPoint& p : t.weekly) p.aov = div_round(p.revenue, p.orders);
  for (MonthPoint& p : t.monthly) p.aov = div_round(p.revenue, p.orders);
  fill_moving_averages(t.daily);
  t.year_over_year = year_over_year(t.monthly);
  t.weekday_hour = weekday_hour(x, sel);
  return t;
}

void fill_moving_averages(std::vector<DayPoint>& daily) {
  Money r7 = 0, r28 = 0;
  int64_t o7 = 0, o28 = 0;
  for (size_t k = 0; k < daily.size(); ++k) {
    r7 += daily[k].revenue;
    r28 += daily[k].revenue;
    o7 += daily[k].orders;
    o28 += daily[k].orders;
    if (k >= 7) {
      r7 -= daily[k - 7].revenue;
      o7 -= daily[k - 7].orders;
    }
    if (k >= 28) {
      r28 -= daily[k - 28].revenue;
      o28 -= daily[k - 28].orders;
    }
    if (k + 1 >= 7) {
      daily[k].revenue_ma7 = div_round(r7, 7);
      daily[k].orders_ma7 = static_cast<double>(o7) / 7.0;
    }
    if (k + 1 >= 28) {
      daily[k].revenue_ma28 = div_round(r28, 28);
      daily[k].orders_ma28 = static_cast<double>(o28) / 28.0;
    }
  }
}

std::vector<YearRow> year_over_year(const std::vector<MonthPoint>& monthly) {
  std::vector<YearRow> out;
  for (const MonthPoint& p : monthly) {
    const int year = month_year(p.month);
    if (out.empty() || out.back().year != year) {
      out.emplace_back();
      out.back().year = year;
    }
    const size_t k = static_cast<size_t>(month_number(p.month) - 1);
    out.back().revenue[k] = p.revenue;
    out.back().orders[k] = p.orders;
    out.back().in_range[k] = true;
  }
  return out;
}

WeekdayHour weekday_hour(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  WeekdayHour w;
  std::vector<uint8_t> seen(x.order_cell.count, 0);
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint8_t c = x.cell[i];
    if (c == kUnknownCell) {
      ++w.lines_without_time;
      continue;
    }
    w.revenue[c] += s.value[i];
    ++w.lines[c];
    w.units[c] += s.quantity[i];
    const uint32_t key = x.order_cell.at(s.order, i);
    if (!seen[key]) {
      seen[key] = 1;
      ++w.orders[c];
    }
  }
  return w;
}

}  // namespace starcart
