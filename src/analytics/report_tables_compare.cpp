// The period comparison and the insights as report tables (issue 11): for
// the executive HTML report and the "Figures as CSV" downloads. Keys:
// comparison (every KPI in both periods), contributions (categories, then
// the top products, countries and segments by |change|), insights.
#include <cmath>

#include "analytics/report_tables.h"
#include "core/format.h"

namespace starcart {

namespace {

ReportCell cell_text(std::string s) { return {s, s, false}; }
ReportCell cell_money(Money v, const std::string& cur) { return {format_money(v, cur), money_to_decimal_string(v), true}; }
ReportCell cell_number(const std::optional<double>& v, KpiChange::Unit unit, const std::string& cur) {
  if (!v) return {"-", "", true};
  switch (unit) {
    case KpiChange::Unit::kMoney: return cell_money(static_cast<Money>(std::llround(*v * kMoneyScale)), cur);
    case KpiChange::Unit::kCount: {
      const int64_t n = static_cast<int64_t>(std::llround(*v));
      return {format_count(n), std::to_string(n), true};
    }
    case KpiChange::Unit::kRatio: return {format_fixed(*v, 2), format_fixed(*v, 4), true};
    case KpiChange::Unit::kShare: return {format_percent(*v, 1), format_fixed(*v, 4), true};
  }
  return {"-", "", true};
}
ReportCell cell_change(const std::optional<double>& c) {
  return c ? ReportCell{format_delta_percent(*c, 1), format_fixed(*c, 4), true} : ReportCell{"-", "", true};
}

std::string period(const DayRange& r) { return format_iso_date(r.from) + " to " + format_iso_date(r.to); }

}  // namespace

void add_compare_tables(std::vector<ReportTable>& out, const Report& r, const std::string& cur) {
  const PeriodComparison& c = r.comparison;
  ReportTable k{"comparison", std::string(compare_preset_label(c.preset)),
                "Current " + period(c.periods.current) + ", previous " + period(c.periods.previous) +
                    "; the rest of the filter applies to both. Rates change in share points.",
                {"Figure", "Previous", "Current", "Change", "Change %"},
                {}};
  for (const KpiChange& x : c.kpis)
    k.rows.push_back({cell_text(x.label), cell_number(x.previous, x.unit, cur), cell_number(x.current, x.unit, cur),
                      cell_number(x.absolute, x.unit, cur), cell_change(x.relative)});
  out.push_back(std::move(k));
  ReportTable t{"contributions", "What changed revenue",
                "Each member's revenue change as a share of the total change (" + format_money(c.revenue_change, cur) +
                    "); shares of a dimension add up to 100 %.",
                {"Dimension", "Member", "Previous", "Current", "Change", "Share of change"},
                {}};
  for (const ContributionTable* d : {&c.categories, &c.products, &c.countries, &c.segments})
    for (size_t i = 0; i < d->rows.size() && i < 5; ++i) {
      const Contribution& x = d->rows[i];
      t.rows.push_back({cell_text(d->dimension), cell_text(x.label.empty() ? (x.key.empty() ? "(not given)" : x.key) : x.label),
                        cell_money(x.previous, cur), cell_money(x.current, cur), cell_money(x.change, cur),
                        x.share ? ReportCell{format_percent(*x.share, 1), format_fixed(*x.share, 4), true}
                                : ReportCell{"-", "", true}});
    }
  out.push_back(std::move(t));
  if (!r.options.insights || r.insights.items.empty()) return;
  ReportTable in{"insights", "Insights", "Ranked by effect size (docs/metrics.md, \"Insights\").",
                 {"#", "Kind", "Insight", "Effect"}, {}};
  int n = 0;
  for (const Insight& i : r.insights.items) {
    ++n;
    in.rows.push_back({{std::to_string(n), std::to_string(n), true}, cell_text(insight_kind_key(i.kind)), cell_text(i.text),
                       {format_fixed(i.effect, 3), format_fixed(i.effect, 6), true}});
  }
  out.push_back(std::move(in));
}

}  // namespace starcart
