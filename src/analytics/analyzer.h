// The per-tab entry point for the UI (DESIGN 4): one Analyzer per loaded
// store. It builds the FactIndex once, keeps the Slice of the current
// filter, and computes each tab's results on first request after a filter
// change, so a filter change costs only what the visible tab shows:
//
//   Analyzer a(store);                  // once per load
//   a.set_filter(view.filter);          // every frame: no-op when unchanged
//   const Overview& o = a.overview();   // computed once per filter
//
// Tab → calls: Overview → overview(); Trends → trends(); Cohorts →
// cohorts(); Customers → customers() (and cohorts() for the value per
// cohort); Products → products(); Geography → geography(); Payments →
// payments(); Returns → returns(); Experiments → experiment(); the
// Products tab's supplier table → suppliers(). report() computes everything (CLI, page
// snapshot). References stay valid until the next set_filter that changes
// the filter. Not thread-safe (the page is single-threaded).
#pragma once

#include <optional>

#include "analytics/report.h"
#include "analytics/slice.h"

namespace starcart {

class Analyzer {
 public:
  // The store must outlive the analyzer and not change under it.
  explicit Analyzer(const FactStore& store);
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  const FactStore& store() const { return *store_; }
  const FactIndex& index() const { return index_; }

  // Recomputes the selection when the filter differs from the current one.
  void set_filter(const Filter& filter);
  const Filter& filter() const { return slice_.filter; }
  const Slice& slice() const { return slice_; }

  // Rows of the top-N lists (products by units); default 10.
  void set_top_n(size_t n);

  const Overview& overview();
  const Trends& trends();
  const Cohorts& cohorts();
  const CustomerAnalysis& customers();
  const ProductAnalysis& products();
  const Geography& geography();
  const Payments& payments();
  const Returns& returns();
  const Suppliers& suppliers();   // Products tab: the supplier table
  const AbTest& experiment();     // Experiments tab
  const StateMap& state_map();    // Geography tab: the US / Brazil state map
  // Funnel, inventory and delivery (Operations tab); empty parts without such data.
  const Operations& operations();
  // Channels, campaigns, attribution and spend (Marketing tab).
  const Marketing& marketing();
  // Predictive lifetime value; refitted when the filter or the options change.
  const clv::ClvAnalysis& clv();
  void set_clv_options(const clv::ClvOptions& options);
  // The same fit in steps (the page spreads it over frames): at most
  // `iterations` more BG/NBD iterations; true once clv() is ready.
  bool clv_step(int iterations);
  double clv_progress() const;  // 0..1 while clv_step runs
  const clv::ClvOptions& clv_options() const { return clv_options_; }
  // Churn risk; refitted when the filter or the options change.
  const churn::ChurnAnalysis& churn();
  // The same in steps (the page runs one per frame); true once churn() is ready.
  bool churn_step();
  void set_churn_options(const churn::ChurnOptions& options);
  // Whether basket(), forecast() are computed for the filter: the page
  // computes a slow one in a frame of its own (App, big data).
  bool basket_ready() const { return basket_.has_value(); }
  bool forecast_ready() const { return forecast_.has_value(); }
  // Products bought together; recomputed when the filter or the minimum support changes.
  const basket::Basket& basket();
  void set_basket_options(const basket::BasketOptions& options);
  const forecast::Forecast& forecast();
  // Two periods side by side (issue 11); recomputed when the filter or the request changes.
  const PeriodComparison& comparison();
  void set_compare_request(const CompareRequest& request);
  const CompareRequest& compare_request() const { return compare_request_; }
  // Ranked automatic insights for the filter (computed once per filter;
  // reuses the forecast when it is already computed; computes and keeps the
  // comparison, the cohorts and the slice's customer facts, whose pass also
  // gives the segment insight its earlier scoring).
  const Insights& insights();
  bool insights_ready() const { return insights_.has_value(); }

  // Every section (reuses what is already computed for this filter).
  Report report(const ReportOptions& options = {});

 private:
  void clear();

  const FactStore* store_;
  FactIndex index_;
  Slice slice_;
  // With a customer filter, the slice's customer facts up to the insights'
  // previous period's end, taken in the pass that made the slice (the
  // segment insight's "before"; no second pass over the base).
  std::optional<CustomerStats> slice_before_;
  Day slice_before_end_ = kNoDay;
  size_t top_n_ = 10;
  std::optional<Overview> overview_;
  std::optional<Trends> trends_;
  std::optional<Cohorts> cohorts_;
  std::optional<CustomerAnalysis> customers_;
  std::optional<ProductAnalysis> products_;
  std::optional<Geography> geography_;
  std::optional<Payments> payments_;
  std::optional<Returns> returns_;
  std::optional<Suppliers> suppliers_;
  std::optional<AbTest> experiment_;
  std::optional<StateMap> state_map_;
  std::optional<Operations> operations_;
  std::optional<Marketing> marketing_;
  clv::ClvOptions clv_options_;
  std::optional<clv::ClvAnalysis> clv_;
  std::optional<clv::ClvJob> clv_job_;  // a fit in progress (clv_step)
  churn::ChurnOptions churn_options_;
  std::optional<churn::ChurnAnalysis> churn_;
  std::optional<churn::ChurnJob> churn_job_;  // a fit in progress (churn_step)
  basket::BasketOptions basket_options_;
  std::optional<basket::Basket> basket_;
  std::optional<forecast::Forecast> forecast_;
  CompareRequest compare_request_;
  std::optional<PeriodComparison> comparison_;
  std::optional<Insights> insights_;
};

}  // namespace starcart
