// The one result model (DESIGN 7): every analysis result for a filter, as
// plain structs. The CLI prints it as JSON (docs/report-json.md), the page
// exposes the same JSON as window.starcart, and the UI draws the same
// structs (per tab through analytics/analyzer.h).
#pragma once

#include <string>
#include <vector>

#include "analytics/ab_test.h"
#include "analytics/basket/basket.h"
#include "analytics/churn/churn_analysis.h"
#include "analytics/clv/clv_analysis.h"
#include "analytics/forecast/forecast_analysis.h"
#include "analytics/cohorts.h"
#include "analytics/customers.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "analytics/geography.h"
#include "analytics/insights/insights.h"
#include "analytics/kpis.h"
#include "analytics/marketing.h"
#include "analytics/operations.h"
#include "analytics/overview.h"
#include "analytics/payments.h"
#include "analytics/period_compare.h"
#include "analytics/products.h"
#include "analytics/returns.h"
#include "analytics/state_map.h"
#include "analytics/suppliers.h"
#include "analytics/trends.h"
#include "warehouse/fact_store.h"

namespace starcart {

inline constexpr const char* kReportSchema = "starcart.report/1";

struct InputSummary {
  struct File {
    std::string name;
    std::string layout;
    std::string encoding;
    int64_t bytes = 0;
    uint64_t fingerprint = 0;
    LoadCounts counts;
  };
  std::vector<File> files;
  LoadCounts totals;
  int64_t excluded = 0;  // lines loaded but in no figure (price ≤ 0 or quantity 0)
};

struct ReportOptions {
  size_t top_n = 10;            // rows of the top-N lists (products, returned products)
  bool customer_table = false;  // include the per-customer RFM table in the JSON
  bool predictive = true;       // compute (and write) clv, churn, basket and forecast
  clv::ClvOptions clv;          // calibration period, horizon and discount of the lifetime-value section
  churn::ChurnOptions churn;    // horizon and threshold of the churn section
  basket::BasketOptions basket; // minimum support of the bought-together section
  CompareRequest compare;       // the periods of the comparison section (issue 11)
  bool insights = true;         // compute (and write) the automatic insights (issue 11)
};

struct Report {
  ReportOptions options;
  InputSummary input;
  Filter filter;
  DayRange period, previous_period;
  Kpis kpis;
  Kpis previous_kpis;  // the period of equal length before the filter's
  KpiDeltas deltas;
  std::vector<MonthPoint> monthly;
  Trends trends;       // its monthly series equals `monthly`
  Cohorts cohorts;
  CustomerAnalysis customers;
  ProductAnalysis products;
  Geography geography;
  Payments payments;
  Returns returns;
  Suppliers suppliers;   // per supplier / vendor / brand (empty rows without a supplier column)
  AbTest experiment;     // the A/B test readout (has_variants = false without a variant column)
  StateMap state_map;    // sales by US / Brazilian state when the selection is mostly one of them
  clv::ClvAnalysis clv;  // predictive lifetime value (BG/NBD + Gamma-Gamma)
  churn::ChurnAnalysis churn;  // churn risk (logistic regression, time split)
  basket::Basket basket;       // products bought together
  forecast::Forecast forecast; // revenue and orders ahead, backtest, anomalies
  PeriodComparison comparison; // two periods side by side (options.compare)
  Insights insights;           // ranked automatic insights (when options.insights)
  Operations operations;       // funnel, inventory, delivery (when the data has them)
  Marketing marketing;         // channels, campaigns, attribution, spend (when the data has them)
};

InputSummary summarize_input(const FactStore& store);

// Every section for one filter. The index must belong to the store.
Report compute_report(const FactIndex& index, const Filter& filter, const ReportOptions& options = {});
// The same, building the index first (once-per-load work: the UI and
// benchmarks keep an Analyzer instead).
Report compute_report(const FactStore& store, const Filter& filter, const ReportOptions& options = {});

// The documented JSON form (docs/report-json.md), schema starcart.report/1.
std::string report_to_json(const Report& report, bool pretty = true);

class JsonWriter;
// The filter as a JSON object (report, page snapshot and share state).
void write_filter_json(JsonWriter& w, const Filter& filter);
// The report's fields into an object the caller has opened (the page's
// snapshot adds its view fields beside them).
void write_report_fields(JsonWriter& w, const Report& report);

}  // namespace starcart
