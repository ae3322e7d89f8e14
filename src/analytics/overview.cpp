#include "analytics/overview.h"

namespace starcart {

Overview compute_overview(const FactIndex& x, const Slice& slice) {
  Overview o;
  o.period = slice.period;
  o.kpis = compute_kpis(x, slice.lines, slice.period);
  const Slice previous = make_slice(x, previous_period(x.facts(), slice.filter));
  o.previous_period = previous.period;
  o.previous_kpis = compute_kpis(x, previous.lines, previous.period);
  o.deltas = kpi_deltas(o.kpis, o.previous_kpis);
  o.monthly = monthly_series(x, slice.lines);
  o.mix = compute_overview_mix(x, slice.lines);
  return o;
}

}  // namespace starcart
