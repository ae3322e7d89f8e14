// The report's predictive sections on the command line: options and text.
#include <cstdio>
#include <cstdlib>

#include "core/format.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"

namespace starcart::cli {

std::vector<OptionSpec> predictive_option_specs() {
  return {{"--calibration-end", true}, {"--no-holdout", false}, {"--clv-months", true}, {"--clv-discount", true},
          {"--churn-days", true}, {"--min-support", true}};
}

Status parse_predictive_options(const Args& args, ReportOptions& options) {
  clv::ClvOptions& o = options.clv;
  if (args.has("--calibration-end")) {
    DateParts p;
    const std::string s = args.get("--calibration-end");
    if (!parse_date_parts(s, p) || p.shape != DateShape::kYearFirst || !resolve_date(p, DateOrder::kMonthFirst))
      return make_error(ErrorCode::kUsage, "--calibration-end takes a date as YYYY-MM-DD (got '" + s + "')");
    o.calibration_end = *resolve_date(p, DateOrder::kMonthFirst);
  }
  o.holdout = !args.has("--no-holdout");
  if (args.has("--clv-months")) {
    const std::string s = args.get("--clv-months");
    char* end = nullptr;
    const long n = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != 0 || n < 1 || n > 600)
      return make_error(ErrorCode::kUsage, "--clv-months takes a number of months from 1 to 600 (got '" + s + "')");
    o.horizon_months = static_cast<int>(n);
  }
  if (args.has("--clv-discount")) {
    const std::string s = args.get("--clv-discount");
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != 0 || !(d >= 0 && d < 1))
      return make_error(ErrorCode::kUsage,
                        "--clv-discount takes a monthly rate from 0 to 1, e.g. 0.01 for 1 % (got '" + s + "')");
    o.monthly_discount = d;
  }
  if (args.has("--churn-days")) {
    const std::string s = args.get("--churn-days");
    char* end = nullptr;
    const long n = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != 0 || n < 7 || n > 730)
      return make_error(ErrorCode::kUsage, "--churn-days takes a number of days from 7 to 730 (got '" + s + "')");
    options.churn.horizon_days = static_cast<int>(n);
  }
  if (args.has("--min-support")) {
    const std::string s = args.get("--min-support");
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != 0 || !(d > 0 && d <= 1))
      return make_error(ErrorCode::kUsage,
                        "--min-support takes a share of orders above 0 and up to 1, e.g. 0.005 (got '" + s + "')");
    options.basket.min_support = d;
  }
  return ok_status();
}

namespace {

void print_basket(const Report& r) {
  const basket::Basket& b = r.basket;
  std::printf("\nbought together (pairs in at least %.2f%% of %s orders; %s of them with 2+ products)\n",
              100 * b.options.min_support, format_count(b.orders).c_str(), format_count(b.multi_item_orders).c_str());
  std::printf("  %d frequent products, %s frequent pairs (%.0f ms); highest lift:\n", b.frequent_products,
              format_count(b.frequent_pairs).c_str(), b.compute_ms);
  for (size_t k = 0; k < b.pairs.size() && k < r.options.top_n; ++k) {
    const basket::ProductPair& p = b.pairs[k];
    std::printf("    %-10s + %-10s orders=%-6lld support=%.4f conf=%.3f/%.3f lift=%.2f\n", p.a_sku.c_str(),
                p.b_sku.c_str(), static_cast<long long>(p.orders), p.support, p.confidence_ab, p.confidence_ba, p.lift);
  }
  std::printf("  %s frequent triples; highest lift (rule x + y -> z):\n", format_count(b.frequent_triples).c_str());
  for (size_t k = 0; k < b.triples.size() && k < r.options.top_n; ++k) {
    const basket::ProductTriple& t = b.triples[k];
    std::printf("    %-10s + %-10s -> %-10s orders=%-6lld support=%.4f conf=%.3f lift=%.2f\n", t.x_sku.c_str(),
                t.y_sku.c_str(), t.z_sku.c_str(), static_cast<long long>(t.orders), t.support, t.confidence, t.lift);
  }
}

void print_forecast(const Report& r) {
  const forecast::Forecast& f = r.forecast;
  std::printf("\nforecast (additive Holt-Winters, %s season)\n", f.monthly ? "yearly" : "weekly");
  if (!f.fitted) {
    std::printf("  not fitted: %s\n", f.note.c_str());
    return;
  }
  const forecast::SeriesForecast& s = f.revenue;
  std::printf("  revenue: alpha=%.3f beta=%.3f gamma=%.3f; backtest on the last %d %s: MAPE %.1f%%, sMAPE %.1f%%\n",
              s.params.alpha, s.params.beta, s.params.gamma, f.horizon, f.monthly ? "months" : "days",
              s.backtest_mape, s.backtest_smape);
  for (size_t k = 0; k < s.forecast.size() && k < 7; ++k)
    std::printf("    %-10s %12.2f  [%.2f, %.2f]\n", f.future_labels[k].c_str(), s.forecast[k], s.lower[k], s.upper[k]);
  std::printf("  anomalies (robust z > 3.5 on the one-step residuals): %zu; computed in %.0f ms\n", s.anomalies.size(),
              f.compute_ms);
  for (size_t k = 0; k < s.anomalies.size() && k < r.options.top_n; ++k)
    std::printf("    %-10s actual %.2f, expected %.2f (z %.1f)\n", f.labels[s.anomalies[k].index].c_str(),
                s.anomalies[k].actual, s.anomalies[k].expected, s.anomalies[k].z);
}

}  // namespace

void print_predictive(const Report& r) {
  print_basket(r);
  print_forecast(r);
  const clv::ClvAnalysis& a = r.clv;
  std::printf("\nlifetime value (BG/NBD + Gamma-Gamma)\n");
  if (!a.fitted) {
    std::printf("  not fitted: %s\n", a.note.c_str());
    return;
  }
  std::printf("  calibration %s .. %s, %s customers (%s repeat)\n", format_iso_date(a.calibration_start).c_str(),
              format_iso_date(a.calibration_end).c_str(), format_count(a.customers).c_str(),
              format_count(a.repeaters).c_str());
  const clv::BgNbdParams& p = a.bgnbd.params;
  const clv::GammaGammaParams& g = a.gamma_gamma.params;
  std::printf("  BG/NBD       r=%.4f alpha=%.4f a=%.4f b=%.4f  LL=%.2f (%d iterations)\n", p.r, p.alpha, p.a, p.b,
              a.bgnbd.log_likelihood, a.bgnbd.iterations);
  std::printf("  Gamma-Gamma  p=%.4f q=%.4f gamma=%.4f  LL=%.2f  corr(x, spend)=%.3f\n", g.p, g.q, g.gamma,
              a.gamma_gamma.log_likelihood, a.spend_frequency_correlation);
  if (a.holdout_weeks > 0) {
    std::printf("  holdout %s .. %s (%.1f weeks): purchases actual %.0f, predicted %.0f\n",
                format_iso_date(a.calibration_end + 1).c_str(), format_iso_date(a.holdout_end).c_str(),
                a.holdout_weeks, a.holdout_actual, a.holdout_predicted);
    std::printf("    repeats  customers  actual  predicted (mean holdout purchases)\n");
    for (const clv::HoldoutGroup& h : a.holdout)
      std::printf("    %2d%-5s  %9s  %6.3f  %9.3f\n", h.x, h.and_more ? "+" : "", format_count(h.customers).c_str(),
                  h.actual, h.predicted);
  }
  std::printf("  CLV over %d months at %.2f%% a month: total %.2f\n", a.options.horizon_months,
              a.options.monthly_discount * 100, a.total_clv);
  for (size_t k = 0; k < a.top_ids.size() && k < r.options.top_n; ++k) {
    const clv::ClvCustomer& c = a.by_value[k];
    std::printf("    %-12s x=%-3.0f P(alive)=%.3f purchases=%.2f value=%.2f CLV=%.2f\n", a.top_ids[k].c_str(),
                c.summary.x, c.p_alive, c.expected_purchases, c.expected_value, c.clv);
  }
  std::printf("  fit and predictions took %.0f ms\n", a.fit_ms);

  const churn::ChurnAnalysis& c = r.churn;
  std::printf("\nchurn risk (logistic regression; churn = no purchase in %d days)\n", c.options.horizon_days);
  if (!c.fitted) {
    std::printf("  not fitted: %s\n", c.note.c_str());
    return;
  }
  std::printf("  trained at %s (%s customers, %.1f%% churned), tested at %s (%s customers, %.1f%% churned)\n",
              format_iso_date(c.train_cutoff).c_str(), format_count(c.train_customers).c_str(),
              100 * c.train_churn_rate, format_iso_date(c.test_cutoff).c_str(), format_count(c.test_customers).c_str(),
              100 * c.test_churn_rate);
  std::printf("  test ROC AUC %.3f, precision %.3f, recall %.3f at %.2f (fit and scoring %.0f ms)\n", c.auc,
              c.precision, c.recall, c.options.threshold, c.fit_ms);
  std::printf("  coefficients (log-odds per standard deviation): intercept %.3f", c.intercept);
  for (int j = 0; j < churn::kChurnFeatures; ++j)
    std::printf(", %s %.3f", churn::churn_feature_name(j), c.coefficient[j]);
  std::printf("\n  at risk now: %s customers, revenue so far %s\n", format_count(c.customers_at_risk).c_str(),
              format_money(c.revenue_at_risk).c_str());
  for (size_t k = 0; k < c.at_risk.size() && k < r.options.top_n; ++k)
    std::printf("    %-12s P(churn)=%.3f recency=%dd orders=%d revenue=%s\n", c.at_risk[k].id.c_str(),
                c.at_risk[k].probability, c.at_risk[k].recency_days, c.at_risk[k].orders,
                format_money(c.at_risk[k].revenue).c_str());
}

}  // namespace starcart::cli
