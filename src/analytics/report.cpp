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

Report compute_report(const FactIndex& x, const Filter& f, const ReportOptions& options) {
  const FactStore& s = x.facts();
  Report r;
  r.options = options;
  r.input = summarize_input(s);
  r.filter = f;
  Slice slice = make_slice(x, f);
  const Overview o = compute_overview(x, slice);
  r.period = o.period;
  r.previous_period = o.previous_period;
  r.kpis = o.kpis;
  r.previous_kpis = o.previous_kpis;
  r.deltas = o.deltas;
  r.monthly = o.monthly;
  r.trends = compute_trends(x, slice.lines);
  r.cohorts = compute_cohorts(x, slice.lines);
  r.customers = compute_customers(x, slice);
  r.products = compute_products(x, slice.lines, options.top_n);
  r.geography = compute_geography(x, slice.lines);
  r.payments = compute_payments(x, slice.lines);
  r.returns = compute_returns(x, slice.lines);
  r.suppliers = compute_suppliers(x, slice.lines);
  r.experiment = compute_ab_test(x, slice.lines);
  r.state_map = compute_report_state_map(x, slice.lines, f);
  r.operations = compute_operations(s, slice.lines, operations_period(s, f));
  r.marketing = compute_marketing(x, slice.lines, f, slice.period);
  r.comparison = compare_periods(x, f, options.compare);
  if (options.predictive) {
    r.clv = clv::analyze_clv(x, slice.lines, options.clv);
    r.churn = churn::analyze_churn(x, slice.lines, options.churn);
    r.basket = basket::analyze_basket(x, slice.lines, options.basket);
    r.forecast = forecast::analyze_forecast(x, slice.lines);
  }
  if (options.insights) {
    InsightOptions io;
    io.currency = s.currency_symbol;
    InsightInputs in;
    if (options.compare.preset == io.preset) in.comparison = &r.comparison;
    if (options.predictive) in.forecast = &r.forecast;
    in.cohorts = &r.cohorts;
    r.insights = compute_insights(x, f, io, in);
  }
  return r;
}

Report compute_report(const FactStore& s, const Filter& f, const ReportOptions& options) {
  return compute_report(build_fact_index(s), f, options);
}

}  // namespace starcart
