#include "analytics/cohorts.h"

#include "analytics/calendar_cursor.h"

namespace starcart {

void CohortCounter::reset(const FactStore& s, const Selection& sel) {
  empty_ = sel.lines.empty();
  first_ = empty_ ? 0 : month_index(s.day[sel.lines.front()]);
  last_ = empty_ ? 0 : month_index(s.day[sel.lines.back()]);
  months_ = empty_ ? 0 : static_cast<size_t>(last_ - first_ + 1);
  size_.assign(months_, 0);
  active_.assign(months_ * months_, 0);
  revenue_.assign(months_ * months_, 0);
  cohort_of_.assign(empty_ ? 0 : s.customers.size(), INT32_MIN);
  counted_.assign(empty_ ? 0 : s.customers.size(), INT32_MIN);
}

Cohorts CohortCounter::finish() const {
  Cohorts out;
  if (empty_) return out;
  out.last_month = last_;
  const size_t months = months_;
  for (size_t r = 0; r < months; ++r) {
    if (size_[r] == 0) continue;
    CohortRow row;
    row.cohort = first_ + static_cast<MonthIndex>(r);
    row.size = size_[r];
    const size_t offsets = months - r;
    Money cumulative = 0;
    for (size_t k = 0; k < offsets; ++k) {
      const size_t cell = r * months + k;
      row.active.push_back(active_[cell]);
      row.retention.push_back(static_cast<double>(active_[cell]) / static_cast<double>(row.size));
      row.revenue.push_back(revenue_[cell]);
      cumulative += revenue_[cell];
      row.value.push_back(div_round(cumulative, row.size));
    }
    row.total_revenue = cumulative;
    row.value_per_customer = div_round(cumulative, row.size);
    out.rows.push_back(std::move(row));
  }
  return out;
}

Cohorts compute_cohorts(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  CohortCounter counter;
  counter.reset(s, sel);
  MonthCursor cursor;
  // A run of lines of one customer in one month only adds revenue to the
  // cell of the run's first line.
  uint32_t prev_customer = UINT32_MAX;
  MonthIndex prev_month = INT32_MIN;
  size_t prev_cell = 0;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t c = s.customer[i];
    if (c == 0) continue;
    const MonthIndex m = cursor.month(s.day[i]);
    if (c != prev_customer || m != prev_month) {
      prev_customer = c;
      prev_month = m;
      prev_cell = counter.enter(c, m);
    }
    counter.add_revenue(prev_cell, s.value[i]);
  }
  return counter.finish();
}

}  // namespace starcart
