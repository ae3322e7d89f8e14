// Automatic insights (docs/metrics.md, "Insights"): the few things an analyst
// would point out first, each a plain sentence with its numbers, an effect
// size that ranks it, and the tab and filter that show it. Deterministic:
// the same data and filter give the same list in the same order.
//
// Kinds (one file each in this folder; thresholds in docs/metrics.md):
//   mover        a product, category or country whose revenue moved against
//                or well beyond the whole shop's, this month vs last
//                (movers.cpp, from the period comparison);
//   anomaly      a day (or month) whose revenue is far from what the trend
//                expected: the forecast's residual anomalies (anomalies.cpp);
//   cohort       an acquisition cohort whose customers came back much more
//                or less than the others' in their first three months
//                (cohort_retention.cpp);
//   segment      an RFM segment that lost customers between the end of the
//                previous period and the end of the current one
//                (segment_shrink.cpp);
//   return_rate  a product whose share of returned lines jumped in the last
//                90 days against the 365 days before (return_jump.cpp).
// The orchestrator (insights.cpp) ranks them all by effect, largest first
// (ties by kind, then subject), and keeps the first `max_items`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "analytics/cohorts.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "analytics/forecast/forecast_analysis.h"
#include "analytics/period_compare.h"
#include "analytics/slice.h"

namespace starcart {

enum class InsightKind : uint8_t { kMover, kAnomaly, kCohort, kSegment, kReturnRate };
const char* insight_kind_key(InsightKind k);  // "mover", "anomaly", "cohort", "segment", "return_rate"

// Where the insight is seen: a tab (its key, as in share links), the filter
// to apply and view options ("compare.preset" -> "this-month").
struct InsightLink {
  std::string tab;
  Filter filter;
  std::vector<std::pair<std::string, std::string>> options;
};

struct Insight {
  InsightKind kind = InsightKind::kMover;
  double effect = 0;       // the ranking key; its unit depends on the kind (docs/metrics.md)
  std::string subject;     // what it is about: "Garden", "2024-09-17", "2023-07", "champions", a SKU
  std::string text;        // one plain sentence with the numbers
  double value = 0;        // the figure the sentence is about (revenue, share, count)
  double baseline = 0;     // what it is compared with
  InsightLink link;
};

struct InsightOptions {
  ComparePreset preset = ComparePreset::kMonth;  // the movers' comparison
  size_t max_items = 8;
  std::string currency;                          // symbol for the sentences
};

struct Insights {
  ComparePreset preset = ComparePreset::kMonth;
  std::vector<Insight> items;  // ranked, at most max_items
  double compute_ms = 0;
};

// Inputs the caller may already have for this filter (the Analyzer's); the
// orchestrator computes what is missing.
struct InsightInputs {
  const PeriodComparison* comparison = nullptr;  // of options.preset under the filter
  const forecast::Forecast* forecast = nullptr;  // of the filter's lines
  const Cohorts* cohorts = nullptr;              // of the filter's lines
  // The filter's slice with its customer facts (the Overview's RFM): its
  // lines are used, and its RFM is the segment insight's "now" when it was
  // scored as of the day after the current period (no second scoring).
  const Slice* slice = nullptr;
  // The customer facts of that slice's base up to `before_end` (taken in the
  // pass that computed the slice's own: ensure_customer_facts with a cut):
  // the segment insight's "before" when before_end is the comparison's
  // previous period end.
  const CustomerStats* customers_before = nullptr;
  Day before_end = kNoDay;
};

Insights compute_insights(const FactIndex& index, const Filter& filter, const InsightOptions& options,
                          const InsightInputs& inputs = {});

namespace insights {

// One function per kind: every candidate that passes the kind's thresholds.
std::vector<Insight> movers(const PeriodComparison& c, const Filter& filter, const std::string& currency);
std::vector<Insight> anomalies(const FactIndex& x, const Selection& lines, const forecast::Forecast& f,
                               const Filter& filter, const std::string& currency);
std::vector<Insight> cohort_retention(const Cohorts& c, const Filter& filter);
// main: the filter's slice (its RFM is "now" when scored as of the current
// period's end); before: the customer facts of main's base up to the
// previous period's end (its "before", scored here; else a slice of its own).
std::vector<Insight> segment_shrink(const FactIndex& x, const Filter& filter, const ComparePeriods& periods,
                                    const Slice* main = nullptr, const CustomerStats* before = nullptr);
// main: the filter's slice, whose base has the windows' lines when the
// filter's dates cover them (else two selections of their own).
std::vector<Insight> return_jump(const FactIndex& x, const Filter& filter, Day anchor, const Slice* main = nullptr);

// "Dec 2024" for a whole calendar month, else "2024-12-01 to 2024-12-20".
std::string period_text(const DayRange& r);

// Sorts by effect (descending), ties by kind then subject.
void rank(std::vector<Insight>& items);

}  // namespace insights

}  // namespace starcart
