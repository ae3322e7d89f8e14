// The predictive sections as report tables (issue 10), so the HTML report,
// the accessible view of what the canvas draws, has them too: the forecast
// with its model and backtest, the seasonal decomposition's indices, the
// lifetime-value models and their holdout check, churn and its
// coefficients, and the products bought together. No customer id is in
// them (the page's top-customer lists stay on screen and in the JSON).
#include <cmath>

#include "analytics/report_tables.h"
#include "core/format.h"

namespace starcart {

namespace {

ReportCell cell(std::string s) { return {s, s, false}; }
ReportCell number(double v, int places) {
  if (std::isnan(v)) return {"-", "", true};
  return {format_fixed(v, places), format_fixed(v, 6), true};
}
ReportCell percent(double v) {
  if (std::isnan(v)) return {"-", "", true};
  return {format_fixed(v, 1) + "%", format_fixed(v, 4), true};
}
ReportCell amount(double v, const std::string& cur) {
  return {format_money(static_cast<Money>(std::llround(v * kMoneyScale)), cur), format_fixed(v, 2), true};
}

void forecast_tables(std::vector<ReportTable>& out, const forecast::Forecast& f, const std::string& cur) {
  if (!f.fitted) return;
  const forecast::SeriesForecast& rev = f.revenue;
  ReportTable t{"forecast", "Revenue forecast",
                std::string(rev.model == "multiplicative" ? "Multiplicative" : "Additive") + " Holt-Winters with a " +
                    (f.monthly ? "yearly" : "weekly") + " season; 95 % intervals; backtest sMAPE on the last " +
                    std::to_string(f.horizon) + (f.monthly ? " months" : " days") + ": additive " +
                    (std::isnan(rev.additive_smape) ? std::string("-") : format_fixed(rev.additive_smape, 1) + " %") +
                    ", multiplicative " +
                    (std::isnan(rev.multiplicative_smape) ? std::string("not fitted (a period at 0)")
                                                          : format_fixed(rev.multiplicative_smape, 1) + " %") +
                    ".",
                {"Period", "Forecast", "95 % low", "95 % high"}, {}};
  for (size_t k = 0; k < rev.forecast.size() && k < f.future_labels.size(); ++k)
    t.rows.push_back({cell(f.future_labels[k]), amount(rev.forecast[k], cur), amount(rev.lower[k], cur),
                      amount(rev.upper[k], cur)});
  out.push_back(std::move(t));
  const std::vector<double>& index = rev.decomposition.index;
  if (index.empty() || index.size() != f.season_labels.size()) return;
  ReportTable s{"seasonality", "Seasonal effect on revenue",
                "Classical additive decomposition: each " + std::string(f.monthly ? "month's" : "weekday's") +
                    " average difference from the centred moving-average trend (the effects sum to 0).",
                {f.monthly ? "Month" : "Weekday", "Effect"}, {}};
  for (size_t k = 0; k < index.size(); ++k) s.rows.push_back({cell(f.season_labels[k]), amount(index[k], cur)});
  out.push_back(std::move(s));
}

void clv_tables(std::vector<ReportTable>& out, const clv::ClvAnalysis& c) {
  if (!c.fitted) return;
  ReportTable m{"clv_models", "Lifetime-value models",
                "BG/NBD (purchases and P(alive)) and Gamma-Gamma (spend per purchase), fitted by maximum likelihood on "
                "the calibration period " + format_iso_date(c.calibration_start) + " to " +
                    format_iso_date(c.calibration_end) + ".",
                {"Model", "Parameter", "Value"}, {}};
  const auto& g = c.bgnbd.params;
  for (auto [name, v] : {std::pair<const char*, double>{"r", g.r}, {"alpha", g.alpha}, {"a", g.a}, {"b", g.b}})
    m.rows.push_back({cell("BG/NBD"), cell(name), number(v, 4)});
  m.rows.push_back({cell("BG/NBD"), cell("log-likelihood"), number(c.bgnbd.log_likelihood, 1)});
  const auto& h = c.gamma_gamma.params;
  for (auto [name, v] : {std::pair<const char*, double>{"p", h.p}, {"q", h.q}, {"gamma", h.gamma}})
    m.rows.push_back({cell("Gamma-Gamma"), cell(name), number(v, 4)});
  m.rows.push_back({cell("Gamma-Gamma"), cell("spend-frequency correlation"), number(c.spend_frequency_correlation, 3)});
  out.push_back(std::move(m));
  if (c.holdout.empty()) return;
  ReportTable h2{"clv_holdout", "Calibration against holdout",
                 "Mean purchases per customer in the holdout (" + format_fixed(c.holdout_weeks, 1) +
                     " weeks), actual and predicted by BG/NBD, by repeat purchases in calibration.",
                 {"Repeat purchases", "Customers", "Actual", "Predicted"}, {}};
  for (const clv::HoldoutGroup& g2 : c.holdout)
    h2.rows.push_back({cell(std::to_string(g2.x) + (g2.and_more ? "+" : "")), {format_count(g2.customers), std::to_string(g2.customers), true},
                       number(g2.actual, 3), number(g2.predicted, 3)});
  out.push_back(std::move(h2));
}

void churn_table(std::vector<ReportTable>& out, const churn::ChurnAnalysis& c) {
  if (!c.fitted) return;
  ReportTable t{"churn", "Churn model",
                "Logistic regression on standardised features at " + format_iso_date(c.train_cutoff) +
                    ", labelled by no purchase in the next " + std::to_string(c.options.horizon_days) +
                    " days; tested at " + format_iso_date(c.test_cutoff) + ": ROC AUC " + format_fixed(c.auc, 3) +
                    ", precision " + format_fixed(c.precision, 3) + ", recall " + format_fixed(c.recall, 3) + "; " +
                    format_count(c.customers_at_risk) + " customers at risk now.",
                {"Feature", "Coefficient (log-odds per SD)"}, {}};
  for (int k = 0; k < churn::kChurnFeatures; ++k)
    t.rows.push_back({cell(churn::churn_feature_name(k)), number(c.coefficient[static_cast<size_t>(k)], 3)});
  out.push_back(std::move(t));
}

void basket_table(std::vector<ReportTable>& out, const basket::Basket& b) {
  if (b.pairs.empty()) return;
  ReportTable t{"basket_pairs", "Bought together",
                "Product pairs in at least " + format_fixed(b.options.min_support * 100, 2) + " % of the " +
                    format_count(b.orders) + " orders, highest lift first.",
                {"Product", "With", "Orders", "Support", "Confidence", "Lift"}, {}};
  for (size_t k = 0; k < b.pairs.size() && k < 25; ++k) {
    const basket::ProductPair& p = b.pairs[k];
    t.rows.push_back({cell(p.a_name.empty() ? p.a_sku : p.a_name), cell(p.b_name.empty() ? p.b_sku : p.b_name),
                      {format_count(p.orders), std::to_string(p.orders), true}, percent(p.support * 100),
                      percent(p.confidence_ab * 100), number(p.lift, 2)});
  }
  out.push_back(std::move(t));
}

}  // namespace

void add_predictive_tables(std::vector<ReportTable>& out, const Report& r, const std::string& cur) {
  if (!r.options.predictive) return;
  forecast_tables(out, r.forecast, cur);
  clv_tables(out, r.clv);
  churn_table(out, r.churn);
  basket_table(out, r.basket);
}

}  // namespace starcart
