#include "analytics/report.h"

namespace starcart {

InputSummary summarize_input(const FactStore& s) {
  InputSummary in;
  for (const SourceFile& f : s.files)
    in.files.push_back({f.name, f.layout, f.encoding, f.bytes, f.fingerprint, f.counts});
  in.totals = s.totals();
  in.excluded = s.excluded_lines;
  return in;
}

Report compute_report(const FactStore& s, const Filter& f) {
  Report r;
  r.input = summarize_input(s);
  r.filter = f;
  Selection sel = select_lines(s, f);
  r.kpis = compute_kpis(s, sel);
  r.previous_kpis = compute_kpis(s, select_lines(s, previous_period(s, f)));
  r.monthly = monthly_series(s, sel);
  return r;
}

}  // namespace starcart
