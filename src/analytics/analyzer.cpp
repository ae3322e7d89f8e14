#include "analytics/analyzer.h"

#include <chrono>

namespace starcart {

Analyzer::Analyzer(const FactStore& store)
    : store_(&store), index_(build_fact_index(store)), slice_(make_slice(index_, Filter{})) {}

void Analyzer::clear() {
  overview_.reset();
  trends_.reset();
  cohorts_.reset();
  customers_.reset();
  products_.reset();
  geography_.reset();
  payments_.reset();
  operations_.reset();
  marketing_.reset();
  returns_.reset();
  suppliers_.reset();
  experiment_.reset();
  state_map_.reset();
  clv_.reset();
  clv_job_.reset();
  churn_.reset();
  churn_job_.reset();
  basket_.reset();
  forecast_.reset();
  comparison_.reset();
  insights_.reset();
}

void Analyzer::set_filter(const Filter& filter) {
  if (filter == slice_.filter) return;
  if (slice_.customers && line_filters(filter) == line_filters(slice_.filter)) {
    // A segment or cohort chosen, changed or cleared: the same base, its
    // customer facts (and those up to the insights' cut) stay valid.
    slice_ = reslice(index_, filter, std::move(slice_));
    clear();
    return;
  }
  // The insights' comparison periods depend on the data only (anchored at
  // its last day): their previous period's end is the cut.
  const Day end = preset_periods(InsightOptions{}.preset, store_->last_day).previous.to;
  bool took = false;
  CustomerStats before;
  slice_ = make_slice(index_, filter, end, before, took);
  slice_before_.reset();
  slice_before_end_ = kNoDay;
  if (took) {
    slice_before_ = std::move(before);
    slice_before_end_ = end;
  }
  clear();
}

void Analyzer::set_top_n(size_t n) {
  if (n == top_n_) return;
  top_n_ = n;
  products_.reset();
}

const Overview& Analyzer::overview() {
  if (!overview_) overview_ = compute_overview(index_, slice_);
  return *overview_;
}

const Trends& Analyzer::trends() {
  if (!trends_) trends_ = compute_trends(index_, slice_.lines);
  return *trends_;
}

const Cohorts& Analyzer::cohorts() {
  if (!cohorts_) cohorts_ = compute_cohorts(index_, slice_.lines);
  return *cohorts_;
}

const CustomerAnalysis& Analyzer::customers() {
  if (!customers_) customers_ = compute_customers(index_, slice_);
  return *customers_;
}

const ProductAnalysis& Analyzer::products() {
  if (!products_) products_ = compute_products(index_, slice_.lines, top_n_);
  return *products_;
}

const Geography& Analyzer::geography() {
  if (!geography_) geography_ = compute_geography(index_, slice_.lines);
  return *geography_;
}

const Operations& Analyzer::operations() {
  if (!operations_)
    operations_ = compute_operations(*store_, slice_.lines, operations_period(*store_, slice_.filter));
  return *operations_;
}

const Marketing& Analyzer::marketing() {
  if (!marketing_) marketing_ = compute_marketing(index_, slice_.lines, slice_.filter, slice_.period);
  return *marketing_;
}

const Payments& Analyzer::payments() {
  if (!payments_) payments_ = compute_payments(index_, slice_.lines);
  return *payments_;
}

const Returns& Analyzer::returns() {
  if (!returns_) returns_ = compute_returns(index_, slice_.lines);
  return *returns_;
}

const Suppliers& Analyzer::suppliers() {
  if (!suppliers_) suppliers_ = compute_suppliers(index_, slice_.lines);
  return *suppliers_;
}

const AbTest& Analyzer::experiment() {
  if (!experiment_) experiment_ = compute_ab_test(index_, slice_.lines);
  return *experiment_;
}

const StateMap& Analyzer::state_map() {
  if (!state_map_) state_map_ = compute_report_state_map(index_, slice_.lines, slice_.filter);
  return *state_map_;
}

const clv::ClvAnalysis& Analyzer::clv() {
  if (!clv_) clv_ = clv::analyze_clv(index_, slice_.lines, clv_options_);
  clv_job_.reset();
  return *clv_;
}

bool Analyzer::clv_step(int iterations) {
  if (clv_) return true;
  if (!clv_job_) clv_job_.emplace(index_, slice_.lines, clv_options_);
  if (!clv_job_->step(iterations)) return false;
  clv_ = clv_job_->take();
  clv_job_.reset();
  return true;
}

double Analyzer::clv_progress() const { return clv_ ? 1.0 : clv_job_ ? clv_job_->progress() : 0.0; }

void Analyzer::set_clv_options(const clv::ClvOptions& options) {
  const clv::ClvOptions& o = clv_options_;
  if (o.calibration_end == options.calibration_end && o.holdout == options.holdout &&
      o.horizon_months == options.horizon_months && o.monthly_discount == options.monthly_discount)
    return;
  clv_options_ = options;
  clv_.reset();
  clv_job_.reset();
}

const churn::ChurnAnalysis& Analyzer::churn() {
  while (!churn_step()) {
  }
  return *churn_;
}

bool Analyzer::churn_step() {
  if (churn_) return true;
  if (!churn_job_) churn_job_.emplace(index_, slice_.lines, churn_options_);
  if (!churn_job_->step()) return false;
  churn_ = churn_job_->take();
  churn_job_.reset();
  return true;
}

void Analyzer::set_churn_options(const churn::ChurnOptions& options) {
  if (options.horizon_days == churn_options_.horizon_days && options.threshold == churn_options_.threshold) return;
  churn_options_ = options;
  churn_.reset();
  churn_job_.reset();
}

const basket::Basket& Analyzer::basket() {
  if (!basket_) basket_ = basket::analyze_basket(index_, slice_.lines, basket_options_);
  return *basket_;
}

void Analyzer::set_basket_options(const basket::BasketOptions& options) {
  const basket::BasketOptions& o = basket_options_;
  if (o.min_support == options.min_support && o.max_pairs == options.max_pairs &&
      o.max_triples == options.max_triples && o.heatmap_products == options.heatmap_products)
    return;
  basket_options_ = options;
  basket_.reset();
}

const forecast::Forecast& Analyzer::forecast() {
  if (!forecast_) forecast_ = forecast::analyze_forecast(index_, slice_.lines);
  return *forecast_;
}

const PeriodComparison& Analyzer::comparison() {
  if (!comparison_) comparison_ = compare_periods(index_, slice_.filter, compare_request_);
  add_segment_table(index_, *comparison_);  // when the insights computed it without
  return *comparison_;
}

void Analyzer::set_compare_request(const CompareRequest& r) {
  const CompareRequest& o = compare_request_;
  if (o.preset == r.preset && (r.preset != ComparePreset::kCustom ||
                               (o.custom.current.from == r.custom.current.from && o.custom.current.to == r.custom.current.to &&
                                o.custom.previous.from == r.custom.previous.from && o.custom.previous.to == r.custom.previous.to)))
    return;
  compare_request_ = r;
  comparison_.reset();
}

const Insights& Analyzer::insights() {
  if (!insights_) {
    const auto start = std::chrono::steady_clock::now();
    InsightOptions o;
    o.currency = store_->currency_symbol;
    InsightInputs in;
    if (compare_request_.preset == o.preset) {
      // The movers read no segment table: computed without it (the RFM of
      // both periods), added when the Compare tab asks for comparison().
      CompareParts parts;
      parts.segments = false;
      if (!comparison_) comparison_ = compare_periods(index_, slice_.filter, compare_request_, parts);
      in.comparison = &*comparison_;
    }
    if (forecast_) in.forecast = &*forecast_;
    // The customer facts (the Customers tab's RFM, the segment insight's
    // "now") and, in the same pass, those up to the previous period's end
    // (the segment insight's "before"); when the slice has no customer
    // filter (its lines are its base) and they are missing too, the cohorts
    // and the revenue per day (the anomalies' forecast) in that pass as
    // well: one read of a million lines, not three.
    std::optional<forecast::Forecast> revenue_forecast;
    if (in.comparison) {
      const Day end = in.comparison->periods.previous.to;
      if (!slice_.customers && !slice_.filter.has_customer_filter()) {  // the lines are the base
        CohortCounter counter;
        DailyRevenue daily;
        CustomerPassExtras extras;
        if (!cohorts_) {
          counter.reset(*store_, slice_.lines);
          extras.cohorts = &counter;
        }
        if (!in.forecast) {
          daily.reset(*store_, slice_.lines);
          extras.daily = &daily;
        }
        slice_.customers = compute_customer_stats(index_, slice_.base(), end, &slice_before_.emplace(), extras);
        slice_before_end_ = end;  // kept: a segment chosen next reuses it (set_filter)
        if (extras.cohorts) cohorts_ = counter.finish();
        if (extras.daily)
          in.forecast = &revenue_forecast.emplace(forecast::analyze_revenue_forecast(index_, slice_.lines, daily, false));
      } else if (CustomerStats fresh; ensure_customer_facts(index_, slice_, end, fresh)) {
        slice_before_ = std::move(fresh);
        slice_before_end_ = end;
      }
      // Else the facts up to the cut, if any, came with the slice (set_filter).
      if (slice_before_ && slice_before_end_ == end) {
        in.customers_before = &*slice_before_;
        in.before_end = end;
      }
    }
    in.cohorts = &cohorts();  // kept: the Cohorts tab shows the same
    ensure_customer_facts(index_, slice_);
    in.slice = &slice_;
    insights_ = compute_insights(index_, slice_.filter, o, in);
    // Their whole cost on a filter change: the comparison and the customer
    // facts computed here for them included.
    insights_->compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }
  return *insights_;
}

Report Analyzer::report(const ReportOptions& options) {
  set_top_n(options.top_n);
  Report r;
  r.options = options;
  r.input = summarize_input(*store_);
  r.filter = slice_.filter;
  const Overview& o = overview();
  r.period = o.period;
  r.previous_period = o.previous_period;
  r.kpis = o.kpis;
  r.previous_kpis = o.previous_kpis;
  r.deltas = o.deltas;
  r.monthly = o.monthly;
  r.trends = trends();
  r.cohorts = cohorts();
  r.customers = customers();
  r.products = products();
  r.geography = geography();
  r.payments = payments();
  r.returns = returns();
  r.suppliers = suppliers();
  r.experiment = experiment();
  r.state_map = state_map();
  r.operations = operations();
  r.marketing = marketing();
  set_compare_request(options.compare);
  r.comparison = comparison();
  if (options.predictive) {
    set_clv_options(options.clv);
    r.clv = clv();
    set_churn_options(options.churn);
    r.churn = churn();
    set_basket_options(options.basket);
    r.basket = basket();
    r.forecast = forecast();
  }
  if (options.insights) r.insights = insights();
  return r;
}

}  // namespace starcart
