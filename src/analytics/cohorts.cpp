#include "analytics/cohorts.h"

#include "analytics/calendar_cursor.h"

namespace starcart {

Cohorts compute_cohorts(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  Cohorts out;
  if (sel.lines.empty()) return out;
  const MonthIndex first = month_index(s.day[sel.lines.front()]);
  const MonthIndex last = month_index(s.day[sel.lines.back()]);
  out.last_month = last;
  const size_t months = static_cast<size_t>(last - first + 1);
  // Dense months × months matrices (cohort, offset): sized by the calendar.
  std::vector<int64_t> size(months, 0), active(months * months, 0);
  std::vector<Money> revenue(months * months, 0);
  std::vector<MonthIndex> cohort_of(s.customers.size(), INT32_MIN);
  std::vector<MonthIndex> counted(s.customers.size(), INT32_MIN);  // last month counted active
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
    if (c == prev_customer && m == prev_month) {
      revenue[prev_cell] += s.value[i];
      continue;
    }
    prev_customer = c;
    prev_month = m;
    if (cohort_of[c] == INT32_MIN) {
      cohort_of[c] = m;
      ++size[static_cast<size_t>(m - first)];
    }
    const size_t cell = static_cast<size_t>(cohort_of[c] - first) * months + static_cast<size_t>(m - cohort_of[c]);
    prev_cell = cell;
    revenue[cell] += s.value[i];
    if (counted[c] != m) {
      counted[c] = m;
      ++active[cell];
    }
  }
  for (size_t r = 0; r < months; ++r) {
    if (size[r] == 0) continue;
    CohortRow row;
    row.cohort = first + static_cast<MonthIndex>(r);
    row.size = size[r];
    const size_t offsets = months - r;
    Money cumulative = 0;
    for (size_t k = 0; k < offsets; ++k) {
      const size_t cell = r * months + k;
      row.active.push_back(active[cell]);
      row.retention.push_back(static_cast<double>(active[cell]) / static_cast<double>(row.size));
      row.revenue.push_back(revenue[cell]);
      cumulative += revenue[cell];
      row.value.push_back(div_round(cumulative, row.size));
    }
    row.total_revenue = cumulative;
    row.value_per_customer = div_round(cumulative, row.size);
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace starcart
