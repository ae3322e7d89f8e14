// Anomalies (docs/metrics.md, "Insights"): the forecast's residual anomalies
// of revenue (one-step residual with a robust z-score above 3.5; daily
// points, or monthly ones for histories of 32 months and more). effect =
// |actual − expected| / a typical month's revenue (the series' mean, times
// 30.4375 for a daily series): the share of a month's business the
// deviation is worth, as for the movers. An anomaly qualifies when its
// effect is at least 2 %. At most 3, largest first.
#include <cmath>

#include "analytics/insights/insights.h"
#include "core/format.h"

namespace starcart::insights {

namespace {

constexpr double kMinEffect = 0.02;
constexpr double kDaysPerMonth = 30.4375;  // 365.25 / 12
constexpr size_t kMax = 3;

// The series holds currency units as doubles (sums of exact amounts).
Money money_from_double(double v) { return static_cast<Money>(std::llround(v * kMoneyScale)); }

}  // namespace

std::vector<Insight> anomalies(const FactIndex& x, const Selection& lines, const forecast::Forecast& f,
                               const Filter& filter, const std::string& currency) {
  std::vector<Insight> out;
  if (!f.fitted || f.revenue.actual.empty()) return out;
  double mean = 0;
  for (double v : f.revenue.actual) mean += v;
  mean /= static_cast<double>(f.revenue.actual.size());
  if (mean <= 0) return out;
  const Day first = sale_span(x.facts(), lines.lines).first;
  for (const forecast::Anomaly& a : f.revenue.anomalies) {
    const double effect = std::fabs(a.actual - a.expected) / (mean * (f.monthly ? 1 : kDaysPerMonth));
    if (effect < kMinEffect) continue;
    Insight in;
    in.kind = InsightKind::kAnomaly;
    in.effect = effect;
    in.subject = f.labels[static_cast<size_t>(a.index)];
    in.value = a.actual;
    in.baseline = a.expected;
    const Money actual = money_from_double(a.actual), expected = money_from_double(a.expected);
    std::string when;
    DayRange shown;  // the month (daily series) or the year (monthly series) around the point
    if (f.monthly) {
      const MonthIndex m = month_index(first) + a.index;
      when = "in " + format_month_label(m);
      shown = {days_from_civil(month_year(m), 1, 1), days_from_civil(month_year(m), 12, 31)};
    } else {
      const Day d = first + a.index;
      when = std::string("on ") + weekday_short_name(iso_weekday(d)) + " " + format_iso_date(d);
      const MonthIndex m = month_index(d);
      shown = {month_first_day(m), month_first_day(m + 1) - 1};
    }
    const bool high = a.actual > a.expected;
    std::string text = "Revenue " + when + " was " + format_money(actual, currency) + ", ";
    if (high && a.expected > 0) text += format_fixed(a.actual / a.expected, 1) + " times";
    else text += format_money(money_from_double(std::fabs(a.actual - a.expected)), currency) + (high ? " above" : " below");
    text += " the " + format_money(expected, currency) + " the trend expected (" + (high ? "+" : "-") +
            format_money(money_from_double(std::fabs(a.actual - a.expected)), currency) + ", " + format_percent(effect) +
            " of a typical month's revenue; robust z = " + format_fixed(a.z, 1) + ").";
    in.text = text;
    in.link.tab = "trends";
    in.link.filter = filter;
    in.link.filter.from = shown.from;
    in.link.filter.to = shown.to;
    in.link.options.emplace_back("trends.grain", f.monthly ? "month" : "day");
    out.push_back(std::move(in));
  }
  rank(out);
  if (out.size() > kMax) out.resize(kMax);
  return out;
}

}  // namespace starcart::insights
