// Internal to the report's JSON writer: one function per section, split over
// report_json.cpp (input, filter, headline figures, trends) and
// report_json_sections.cpp (cohorts, customers, products, geography,
// payments, returns). docs/report-json.md documents every field.
#pragma once

#include <optional>

#include "analytics/report.h"
#include "core/json_writer.h"

namespace starcart::report_json {

inline void optional_number(JsonWriter& w, std::string_view key, const std::optional<double>& v, int decimals = 6) {
  w.key(key);
  if (v) w.value(*v, decimals);
  else w.null();
}

inline void optional_money(JsonWriter& w, std::string_view key, const std::optional<Money>& v) {
  w.key(key);
  if (v) w.money(*v);
  else w.null();
}

// Shares (0..1) with 6 decimals; means with 4.
inline void share(JsonWriter& w, std::string_view key, double v) { w.key(key).value(v, 6); }

void write_cohorts(JsonWriter& w, const Report& r);
void write_rfm(JsonWriter& w, const Report& r);
void write_customers(JsonWriter& w, const Report& r);
void write_products(JsonWriter& w, const Report& r);
void write_geography(JsonWriter& w, const Report& r);
void write_payments(JsonWriter& w, const Report& r);
void write_returns(JsonWriter& w, const Report& r);
// report_json_experiment.cpp: the A/B test readout and suppliers.
void write_experiment(JsonWriter& w, const Report& r);
void write_suppliers(JsonWriter& w, const Report& r);
void write_state_map(JsonWriter& w, const Report& r);
// report_json_operations.cpp: funnel, inventory, delivery (only with such data).
void write_operations(JsonWriter& w, const Report& r);
// report_json_marketing.cpp: channels, campaigns, attribution, spend (only with channels or spend).
void write_marketing(JsonWriter& w, const Report& r);
// report_json_predictive.cpp: lifetime value, churn, basket, forecast.
void write_clv(JsonWriter& w, const Report& r);
void write_churn(JsonWriter& w, const Report& r);
void write_basket(JsonWriter& w, const Report& r);
void write_forecast(JsonWriter& w, const Report& r);
// report_json_insights.cpp: period comparison and insights (issue 11).
void write_comparison(JsonWriter& w, const Report& r);
void write_insights(JsonWriter& w, const Report& r);
void write_period_json(JsonWriter& w, const DayRange& p);

}  // namespace starcart::report_json
