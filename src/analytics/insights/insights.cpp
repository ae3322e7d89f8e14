// The insights orchestrator: the period comparison, the forecast and the
// cohorts of the filter (reused when the caller has them), then one
// function per kind, then one ranking over all of them.
#include "analytics/insights/insights.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "analytics/slice.h"

namespace starcart {

const char* insight_kind_key(InsightKind k) {
  switch (k) {
    case InsightKind::kMover: return "mover";
    case InsightKind::kAnomaly: return "anomaly";
    case InsightKind::kCohort: return "cohort";
    case InsightKind::kSegment: return "segment";
    case InsightKind::kReturnRate: return "return_rate";
  }
  return "mover";
}

namespace insights {

std::string period_text(const DayRange& r) {
  const MonthIndex m = month_index(r.from);
  if (r.from == month_first_day(m) && r.to == month_first_day(m + 1) - 1) return format_month_label(m);
  return format_iso_date(r.from) + " to " + format_iso_date(r.to);
}

void rank(std::vector<Insight>& items) {
  // Effects compared at 1e-9: equal effects computed along different float
  // paths (27.5 / 60 twice) must tie and fall to the subject, on every compiler.
  auto key = [](double e) { return std::llround(e * 1e9); };
  std::stable_sort(items.begin(), items.end(), [&](const Insight& a, const Insight& b) {
    if (key(a.effect) != key(b.effect)) return key(a.effect) > key(b.effect);
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.subject < b.subject;
  });
}

}  // namespace insights

Insights compute_insights(const FactIndex& x, const Filter& filter, const InsightOptions& options,
                          const InsightInputs& inputs) {
  const auto start = std::chrono::steady_clock::now();
  Insights out;
  out.preset = options.preset;
  std::optional<PeriodComparison> own_comparison;
  const PeriodComparison* cmp = inputs.comparison;
  if (!cmp) {
    CompareRequest q;
    q.preset = options.preset;
    CompareParts parts;  // the movers read no segment table
    parts.segments = false;
    own_comparison = compare_periods(x, filter, q, parts);
    cmp = &*own_comparison;
  }
  // The slice, and the customer facts of its base up to the previous
  // period's end (the segment insight's "before") when the pass that
  // scored the slice took them.
  std::optional<Slice> own_slice;
  std::optional<CustomerStats> own_before;
  const Slice* main = inputs.slice && inputs.slice->filter == filter ? inputs.slice : nullptr;
  const CustomerStats* before =
      main && inputs.before_end == cmp->periods.previous.to ? inputs.customers_before : nullptr;
  if (!main) {
    Slice& s = own_slice.emplace(make_slice(x, filter));
    if (ensure_customer_facts(x, s, cmp->periods.previous.to, own_before.emplace())) before = &*own_before;
    main = &s;
  }
  const Slice& slice = *main;
  std::optional<forecast::Forecast> own_forecast;
  const forecast::Forecast* fc = inputs.forecast;
  if (!fc) {
    forecast::ForecastParts parts;  // the anomalies need the revenue fit only
    parts.orders = false;
    parts.backtest = false;
    fc = &own_forecast.emplace(forecast::analyze_forecast(x, slice.lines, parts));
  }
  std::optional<Cohorts> own_cohorts;
  const Cohorts* cohorts = inputs.cohorts;
  if (!cohorts) cohorts = &own_cohorts.emplace(compute_cohorts(x, slice.lines));

  std::vector<Insight> all = insights::movers(*cmp, filter, options.currency);
  auto add = [&](std::vector<Insight> v) {
    for (Insight& in : v) all.push_back(std::move(in));
  };
  add(insights::anomalies(x, slice.lines, *fc, filter, options.currency));
  add(insights::cohort_retention(*cohorts, filter));
  add(insights::segment_shrink(x, filter, cmp->periods, &slice, before));
  add(insights::return_jump(x, filter, cmp->anchor, &slice));
  insights::rank(all);
  if (all.size() > options.max_items) all.resize(options.max_items);
  out.items = std::move(all);
  out.compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace starcart
