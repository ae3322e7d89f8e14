// Cohort retention (docs/metrics.md, "Insights"): for each cohort with at
// least 20 customers and three months after its first, r = its mean
// retention over months 1–3; the baseline is the median r of those cohorts
// (at least 4 of them). effect = |r − median| in share points; a cohort
// qualifies when the effect is at least 8 points and at least three
// standard errors of a share of its size (3 √(m(1 − m) / size)), so small
// cohorts need a larger gap. At most 2.
#include <algorithm>
#include <cmath>

#include "analytics/insights/insights.h"
#include "core/format.h"

namespace starcart::insights {

namespace {

constexpr int64_t kMinSize = 20;
constexpr int kMonths = 3;
constexpr size_t kMinCohorts = 4;
constexpr double kMinPoints = 0.08;
constexpr size_t kMax = 2;

}  // namespace

std::vector<Insight> cohort_retention(const Cohorts& c, const Filter& filter) {
  std::vector<Insight> out;
  std::vector<const CohortRow*> rows;
  std::vector<double> r;
  for (const CohortRow& row : c.rows) {
    if (row.size < kMinSize || row.retention.size() < static_cast<size_t>(kMonths + 1)) continue;
    double sum = 0;
    for (int k = 1; k <= kMonths; ++k) sum += row.retention[static_cast<size_t>(k)];
    rows.push_back(&row);
    r.push_back(sum / kMonths);
  }
  if (rows.size() < kMinCohorts) return out;
  std::vector<double> sorted = r;
  std::sort(sorted.begin(), sorted.end());
  const size_t n = sorted.size();
  const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  for (size_t i = 0; i < rows.size(); ++i) {
    const double gap = r[i] - median;
    const double se = std::sqrt(median * (1 - median) / static_cast<double>(rows[i]->size));
    if (std::fabs(gap) < std::max(kMinPoints, 3 * se)) continue;
    Insight in;
    in.kind = InsightKind::kCohort;
    in.effect = std::fabs(gap);
    in.subject = format_month_key(rows[i]->cohort);
    in.value = r[i];
    in.baseline = median;
    in.text = "Customers acquired in " + format_month_label(rows[i]->cohort) + " (" + format_count(rows[i]->size) +
              ") came back " + (gap > 0 ? "far more" : "far less") + " than other cohorts: on average " +
              format_percent(r[i]) + " of them bought in each of their first three months after, against a median of " +
              format_percent(median) + " across " + format_count(static_cast<int64_t>(n)) + " cohorts (" +
              (gap > 0 ? "+" : "-") + format_fixed(std::fabs(gap) * 100, 1) + " points).";
    in.link.tab = "cohorts";
    in.link.filter = filter;
    in.link.filter.cohort = rows[i]->cohort;
    out.push_back(std::move(in));
  }
  rank(out);
  if (out.size() > kMax) out.resize(kMax);
  return out;
}

}  // namespace starcart::insights
