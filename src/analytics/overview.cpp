#include "analytics/overview.h"

#include <algorithm>

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
  if (const std::optional<DayRange>& days = slice.lines.whole_days) {
    // All lines of some days (no filter, a date range): the mix and the
    // returns per line, the rest per sale run (fact_index.h (6)), a sixth
    // as many; the countries with a sale are the mix's.
    for (uint32_t i : slice.lines.lines) {
      if (s.kind[i] == LineKind::kReturn) kpis.add_return(i);
      else mix.add_sale(i);
    }
    const SaleRuns& r = x.sale_runs;
    r.each(*days, [&](Day d, size_t k) {
      kpis.add_run(r, k);
      monthly.add_run(r, k, d);
    });
    o.mix = mix.finish();
    kpis.add_countries(std::count_if(o.mix.countries.begin(), o.mix.countries.end(),
                                     [](const MixRow& row) { return row.id != 0; }));
  } else {
    for (uint32_t i : slice.lines.lines) {
      if (s.kind[i] == LineKind::kReturn) {
        kpis.add_return(i);
        continue;
      }
      kpis.add_sale(i);
      monthly.add_sale(i);
      mix.add_sale(i);
    }
    o.mix = mix.finish();
  }
  o.kpis = kpis.finish();
  const Slice previous = make_slice(x, previous_period(x.facts(), slice.filter));
  o.previous_period = previous.period;
  o.previous_kpis = compute_kpis(x, previous.lines, previous.period);
  o.deltas = kpi_deltas(o.kpis, o.previous_kpis);
  o.monthly = monthly.finish();
  return o;
}

}  // namespace starcart
