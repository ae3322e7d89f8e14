// The report's predictive sections on the command line: options and text.
#include <cstdio>
#include <cstdlib>

#include "core/format.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"

namespace starcart::cli {

std::vector<OptionSpec> predictive_option_specs() {
  return {{"--calibration-end", true}, {"--no-holdout", false}, {"--clv-months", true}, {"--clv-discount", true}};
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
  return ok_status();
}

void print_predictive(const Report& r) {
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
}

}  // namespace starcart::cli
