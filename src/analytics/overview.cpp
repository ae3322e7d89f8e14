#include "analytics/overview.h"

namespace starcart {

Overview compute_overview(const FactIndex& x, const Slice& slice) {
  Overview o;
  o.period = slice.period;
  // The headline figures, the monthly series and the mix in one read of
  // the lines (a million at the most: the Overview's filter-change cost).
  const FactStore& s = x.facts();
  KpiCounter kpis(x, slice.period);
  MonthlyCounter monthly(x, slice.lines);
  MixCounter mix(x);
  for (uint32_t i : slice.lines.lines) {
    if (s.kind[i] == LineKind::kReturn) {
      kpis.add_return(i);
      continue;
    }
    kpis.add_sale(i);
    monthly.add_sale(i);
    mix.add_sale(i);
  }
  o.kpis = kpis.finish();
  const Slice previous = make_slice(x, previous_period(x.facts(), slice.filter));
  o.previous_period = previous.period;
  o.previous_kpis = compute_kpis(x, previous.lines, previous.period);
  o.deltas = kpi_deltas(o.kpis, o.previous_kpis);
  o.monthly = monthly.finish();
  o.mix = mix.finish();
  return o;
}

}  // namespace starcart
