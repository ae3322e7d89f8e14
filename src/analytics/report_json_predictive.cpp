// The predictive sections of the report (docs/report-json.md, "clv").
#include <algorithm>

#include "analytics/clv/clv_segments.h"
#include "analytics/report_json_parts.h"
#include "core/date.h"

namespace starcart::report_json {

void write_clv(JsonWriter& w, const Report& r) {
  const clv::ClvAnalysis& a = r.clv;
  w.key("clv").begin_object();
  w.field("fitted", a.fitted);
  if (!a.fitted) {
    w.field("note", a.note);
    w.end_object();
    return;
  }
  w.field("calibration_start", format_iso_date(a.calibration_start));
  w.field("calibration_end", format_iso_date(a.calibration_end));
  w.key("holdout_end");
  if (a.holdout_weeks > 0) w.value(format_iso_date(a.holdout_end));
  else w.null();
  w.key("holdout_weeks").value(a.holdout_weeks, 4);
  w.field("horizon_months", a.options.horizon_months);
  w.key("monthly_discount").value(a.options.monthly_discount, 6);
  w.field("customers", a.customers);
  w.field("repeat_customers", a.repeaters);
  const clv::BgNbdParams& p = a.bgnbd.params;
  w.key("bgnbd").begin_object();
  w.key("r").value(p.r, 6);
  w.key("alpha").value(p.alpha, 6);
  w.key("a").value(p.a, 6);
  w.key("b").value(p.b, 6);
  w.key("log_likelihood").value(a.bgnbd.log_likelihood, 4);
  w.field("converged", a.bgnbd.converged);
  w.end_object();
  const clv::GammaGammaParams& g = a.gamma_gamma.params;
  w.key("gamma_gamma").begin_object();
  w.key("p").value(g.p, 6);
  w.key("q").value(g.q, 6);
  w.key("gamma").value(g.gamma, 6);
  w.key("log_likelihood").value(a.gamma_gamma.log_likelihood, 4);
  w.field("converged", a.gamma_gamma.converged);
  w.field("customers", a.gamma_gamma.customers);
  w.key("spend_frequency_correlation").value(a.spend_frequency_correlation, 6);
  w.end_object();
  w.key("holdout").begin_array();
  for (const clv::HoldoutGroup& h : a.holdout) {
    w.begin_object();
    w.field("calibration_repeats", std::to_string(h.x) + (h.and_more ? "+" : ""));
    w.field("customers", h.customers);
    w.key("actual_mean").value(h.actual, 6);
    w.key("predicted_mean").value(h.predicted, 6);
    w.end_object();
  }
  w.end_array();
  w.key("holdout_actual").value(a.holdout_actual, 4);
  w.key("holdout_predicted").value(a.holdout_predicted, 4);
  w.key("holdout_group_mape_pct").value(a.holdout_mape, 4);
  w.key("total_clv").value(a.total_clv, 4);
  w.key("histogram").begin_object();
  w.key("edges").begin_array();
  for (double e : a.clv_edges) w.value(e, 4);
  w.end_array();
  w.key("counts").begin_array();
  for (int c : a.clv_counts) w.value(c);
  w.end_array();
  w.end_object();
  const size_t n = std::min({r.options.top_n, a.top_ids.size(), a.by_value.size()});
  w.key("top_customers").begin_array();
  for (size_t k = 0; k < n; ++k) {
    const clv::ClvCustomer& c = a.by_value[k];
    w.begin_object();
    w.field("customer", a.top_ids[k]);
    w.key("x").value(c.summary.x, 0);
    w.key("t_x_weeks").value(c.summary.t_x, 4);
    w.key("T_weeks").value(c.summary.T, 4);
    w.key("p_alive").value(c.p_alive, 6);
    w.key("expected_purchases").value(c.expected_purchases, 6);
    w.key("expected_value").value(c.expected_value, 4);
    w.key("clv").value(c.clv, 4);
    w.end_object();
  }
  w.end_array();
  // Segment x CLV (issue 10): the RFM segments that have customers the model scored.
  w.key("segments").begin_array();
  for (const clv::ClvSegmentRow& row : clv::clv_by_segment(a, r.customers.rfm)) {
    if (row.customers == 0) continue;
    w.begin_object();
    w.field("segment", segment_key(row.segment));
    w.field("customers", row.customers);
    w.key("total_clv").value(row.total_clv, 4);
    w.key("mean_clv").value(row.mean_clv, 4);
    w.key("mean_p_alive").value(row.mean_p_alive, 6);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_churn(JsonWriter& w, const Report& r) {
  const churn::ChurnAnalysis& a = r.churn;
  w.key("churn").begin_object();
  w.field("fitted", a.fitted);
  w.field("horizon_days", a.options.horizon_days);
  if (!a.fitted) {
    w.field("note", a.note);
    w.end_object();
    return;
  }
  w.field("train_cutoff", format_iso_date(a.train_cutoff));
  w.field("test_cutoff", format_iso_date(a.test_cutoff));
  w.field("score_day", format_iso_date(a.score_day));
  w.field("train_customers", a.train_customers);
  w.field("test_customers", a.test_customers);
  share(w, "train_churn_rate", a.train_churn_rate);
  share(w, "test_churn_rate", a.test_churn_rate);
  w.key("intercept").value(a.intercept, 6);
  w.key("coefficients").begin_array();
  for (int j = 0; j < churn::kChurnFeatures; ++j) {
    w.begin_object();
    w.field("feature", churn::churn_feature_name(j));
    w.key("per_sd").value(a.coefficient[j], 6);
    w.key("mean").value(a.mean[j], 6);
    w.key("sd").value(a.sd[j], 6);
    w.end_object();
  }
  w.end_array();
  w.field("converged", a.fit.converged);
  w.key("threshold").value(a.options.threshold, 4);
  share(w, "auc", a.auc);
  share(w, "precision", a.precision);
  share(w, "recall", a.recall);
  w.field("customers_at_risk", a.customers_at_risk);
  w.money_field("revenue_at_risk", a.revenue_at_risk);
  const size_t n = std::min(r.options.top_n, a.at_risk.size());
  w.key("at_risk").begin_array();
  for (size_t k = 0; k < n; ++k) {
    const churn::AtRiskCustomer& c = a.at_risk[k];
    w.begin_object();
    w.field("customer", c.id);
    share(w, "probability", c.probability);
    w.field("recency_days", c.recency_days);
    w.field("orders", c.orders);
    w.money_field("revenue", c.revenue);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_basket(JsonWriter& w, const Report& r) {
  const basket::Basket& b = r.basket;
  w.key("basket").begin_object();
  share(w, "min_support", b.options.min_support);
  w.field("orders", b.orders);
  w.field("multi_item_orders", b.multi_item_orders);
  w.field("frequent_products", b.frequent_products);
  w.field("frequent_pairs", b.frequent_pairs);
  w.key("pairs").begin_array();
  for (const basket::ProductPair& p : b.pairs) {
    w.begin_object();
    w.field("a_sku", p.a_sku);
    w.field("a_name", p.a_name);
    w.field("b_sku", p.b_sku);
    w.field("b_name", p.b_name);
    w.field("orders", p.orders);
    share(w, "support", p.support);
    share(w, "confidence_a_to_b", p.confidence_ab);
    share(w, "confidence_b_to_a", p.confidence_ba);
    w.key("lift").value(p.lift, 6);
    w.end_object();
  }
  w.end_array();
  w.field("frequent_triples", b.frequent_triples);
  w.key("triples").begin_array();  // each with its rule {x, y} -> z
  for (const basket::ProductTriple& t : b.triples) {
    w.begin_object();
    w.field("x_sku", t.x_sku);
    w.field("x_name", t.x_name);
    w.field("y_sku", t.y_sku);
    w.field("y_name", t.y_name);
    w.field("z_sku", t.z_sku);
    w.field("z_name", t.z_name);
    w.field("orders", t.orders);
    w.field("antecedent_orders", t.antecedent_orders);
    share(w, "support", t.support);
    share(w, "confidence", t.confidence);
    w.key("lift").value(t.lift, 6);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

namespace {

void write_series(JsonWriter& w, const forecast::Forecast& f, const forecast::SeriesForecast& s) {
  w.begin_object();
  w.field("model", s.model);
  w.key("alpha").value(s.params.alpha, 6);
  w.key("beta").value(s.params.beta, 6);
  w.key("gamma").value(s.params.gamma, 6);
  w.key("sigma").value(s.sigma, 4);
  w.key("backtest_mape_pct").value(s.backtest_mape, 4);
  w.key("backtest_smape_pct").value(s.backtest_smape, 4);
  w.key("additive_smape_pct").value(s.additive_smape, 4);
  w.key("multiplicative_smape_pct").value(s.multiplicative_smape, 4);
  w.key("forecast").begin_array();
  for (size_t k = 0; k < s.forecast.size(); ++k) {
    w.begin_object();
    w.field("period", f.future_labels[k]);
    w.key("value").value(s.forecast[k], 4);
    w.key("lower").value(s.lower[k], 4);
    w.key("upper").value(s.upper[k], 4);
    w.end_object();
  }
  w.end_array();
  w.key("seasonal").begin_array();
  for (size_t k = 0; k < s.seasonal.size(); ++k) {
    w.begin_object();
    w.field("slot", f.season_labels[k]);
    w.key("effect").value(s.seasonal[k], 4);
    w.end_object();
  }
  w.end_array();
  // The classical decomposition: the m seasonal indices, then per point its
  // trend, seasonal and residual (null at the ends, where the centred moving
  // average is undefined).
  const forecast::Decomposition& d = s.decomposition;
  w.key("decomposition").begin_object();
  w.key("seasonal_index").begin_array();
  for (size_t k = 0; k < d.index.size(); ++k) {
    w.begin_object();
    w.field("slot", f.season_labels[k]);
    w.key("effect").value(d.index[k], 4);
    w.end_object();
  }
  w.end_array();
  w.key("points").begin_array();
  for (size_t t = 0; t < d.trend.size(); ++t) {
    w.begin_object();
    w.field("period", f.labels[t]);
    w.key("trend").value(d.trend[t], 4);
    w.key("seasonal").value(d.seasonal[t], 4);
    w.key("residual").value(d.residual[t], 4);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.key("anomalies").begin_array();
  for (const forecast::Anomaly& a : s.anomalies) {
    w.begin_object();
    w.field("period", f.labels[a.index]);
    w.key("actual").value(a.actual, 4);
    w.key("expected").value(a.expected, 4);
    w.key("z").value(a.z, 4);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void write_forecast(JsonWriter& w, const Report& r) {
  const forecast::Forecast& f = r.forecast;
  w.key("forecast").begin_object();
  w.field("fitted", f.fitted);
  if (!f.fitted) {
    w.field("note", f.note);
    w.end_object();
    return;
  }
  w.field("granularity", f.monthly ? "month" : "day");
  w.field("season", f.season);
  w.field("horizon", f.horizon);
  w.key("revenue");
  write_series(w, f, f.revenue);
  w.key("orders");
  write_series(w, f, f.orders);
  w.end_object();
}

}  // namespace starcart::report_json
