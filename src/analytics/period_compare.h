// Period comparison (docs/metrics.md, "Period comparison"): two periods side
// by side under the rest of the current filter (its date range is replaced
// by each period), every Overview KPI with its absolute and relative change,
// and what contributed to the revenue change.
//
//  - presets are anchored at the data's last day A (FactStore::last_day):
//      month   : [first of A's month, A]   vs the same days of the month before
//      quarter : [first of A's quarter, A] vs the same days of the quarter before
//      year    : [Jan 1 of A's year, A]    vs the same days of the year before
//      last-30 : [A − 29, A]               vs [A − 59, A − 30]
//    "the same days": the previous period starts on its first day and has the
//    current one's length, cut at the end of its month / quarter / year (so a
//    full December is compared with a full November);
//  - contribution of a member (product, category, country, RFM segment) =
//    (its revenue in the current period − in the previous) / (total revenue
//    change). Members partition the revenue (guests are one more segment row),
//    so the shares add up to 1. When the total change is 0 there is no
//    share (null) and members are still ranked by the size of their change.
//    Rows: every member with revenue in either period, by |change|
//    descending, ties by key (byte order).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "analytics/kpis.h"

namespace starcart {

enum class ComparePreset : uint8_t { kMonth, kQuarter, kYear, kLast30Days, kCustom };
const char* compare_preset_key(ComparePreset p);    // "this-month", "this-quarter", "this-year", "last-30-days", "custom"
const char* compare_preset_label(ComparePreset p);  // "This month vs last", ...
std::optional<ComparePreset> parse_compare_preset(std::string_view text);

struct ComparePeriods {
  DayRange current, previous;
};
// The two periods of a preset (not kCustom) anchored at day `anchor`.
ComparePeriods preset_periods(ComparePreset preset, Day anchor);

struct CompareRequest {
  ComparePreset preset = ComparePreset::kMonth;
  ComparePeriods custom;  // kCustom only
};

// One KPI in both periods. Relative change = (current − previous) / |previous|,
// null when previous is 0 or either side is undefined.
struct KpiChange {
  const char* key = "";    // "revenue", "orders", "return_rate_value", ...
  const char* label = "";  // "Revenue"
  enum class Unit : uint8_t { kMoney, kCount, kRatio, kShare } unit = Unit::kCount;
  std::optional<double> current, previous;  // money as currency units; null = undefined ratio
  std::optional<double> absolute;           // current − previous
  std::optional<double> relative;
};

struct Contribution {
  uint32_t id = 0;            // product / category / country id, or segment index (kSegmentCount = guests)
  std::string key;            // SKU, category, country or segment key ("" = not given)
  std::string label;          // product name, category, country or segment name
  Money current = 0, previous = 0, change = 0;
  std::optional<double> share;     // change / total change; null when the total change is 0
  std::optional<double> relative;  // change / previous; null when previous is 0
};

struct ContributionTable {
  const char* dimension = "";  // "products", "categories", "countries", "segments"
  std::vector<Contribution> rows;
};

// Which parts to compute. The segment table needs the RFM scoring of both
// periods (the most expensive part); the insights read only the KPIs and the
// product, category and country tables, so they ask for no segments.
struct CompareParts {
  bool segments = true;
};

struct PeriodComparison {
  ComparePreset preset = ComparePreset::kMonth;
  bool has_segments = false;  // whether `segments` was computed (CompareParts)
  Day anchor = 0;
  ComparePeriods periods;
  Filter current_filter, previous_filter;  // the filter with each period's dates
  Kpis current, previous;
  std::vector<KpiChange> kpis;   // the Overview's figures, in display order
  Money revenue_change = 0;      // current.revenue − previous.revenue
  ContributionTable products, categories, countries, segments;
};

PeriodComparison compare_periods(const FactIndex& index, const Filter& filter, const CompareRequest& request,
                                 const CompareParts& parts = {});

// Computes the segment table of a comparison made without it (the same
// table compare_periods gives with segments); a no-op when it has one.
void add_segment_table(const FactIndex& index, PeriodComparison& comparison);

// The KPI rows of two Kpis (exposed for tests and the UI).
std::vector<KpiChange> kpi_changes(const Kpis& current, const Kpis& previous);

// Contribution rows from per-member revenue in both periods (ids index both
// vectors; names give key and label per id). Exposed for tests.
std::vector<Contribution> contributions(const std::vector<Money>& current, const std::vector<Money>& previous,
                                        Money total_change, const std::vector<std::string>& keys,
                                        const std::vector<std::string>& labels);

}  // namespace starcart
