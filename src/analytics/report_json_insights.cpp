// The period comparison and the insights as JSON (docs/report-json.md,
// "comparison" and "insights"): KPI values as numbers (money rounded to
// cents, counts whole, ratios with 6 decimals), null for an undefined
// figure; contribution rows are the first top_n of each table.
#include <cmath>

#include "analytics/report_json_parts.h"

namespace starcart::report_json {

namespace {

void kpi_value(JsonWriter& w, std::string_view key, const std::optional<double>& v, KpiChange::Unit unit) {
  w.key(key);
  if (!v) w.null();
  else if (unit == KpiChange::Unit::kMoney) w.money(static_cast<Money>(std::llround(*v * kMoneyScale)));
  else if (unit == KpiChange::Unit::kCount) w.value(static_cast<int64_t>(*v));
  else w.value(*v, 6);
}

const char* unit_key(KpiChange::Unit u) {
  switch (u) {
    case KpiChange::Unit::kMoney: return "money";
    case KpiChange::Unit::kCount: return "count";
    case KpiChange::Unit::kRatio: return "ratio";
    case KpiChange::Unit::kShare: return "share";
  }
  return "count";
}

void write_table(JsonWriter& w, const ContributionTable& t, size_t top_n) {
  w.key(t.dimension).begin_array();
  for (size_t i = 0; i < t.rows.size() && i < top_n; ++i) {
    const Contribution& c = t.rows[i];
    w.begin_object();
    w.field("key", c.key);
    w.field("label", c.label);
    w.money_field("current", c.current);
    w.money_field("previous", c.previous);
    w.money_field("change", c.change);
    optional_number(w, "share", c.share);
    optional_number(w, "relative", c.relative);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_comparison(JsonWriter& w, const Report& r) {
  const PeriodComparison& c = r.comparison;
  w.key("comparison").begin_object();
  w.field("preset", compare_preset_key(c.preset));
  w.field("anchor", format_iso_date(c.anchor));
  w.key("current");
  write_period_json(w, c.periods.current);
  w.key("previous");
  write_period_json(w, c.periods.previous);
  w.key("kpis").begin_array();
  for (const KpiChange& k : c.kpis) {
    w.begin_object();
    w.field("key", k.key);
    w.field("label", k.label);
    w.field("unit", unit_key(k.unit));
    kpi_value(w, "current", k.current, k.unit);
    kpi_value(w, "previous", k.previous, k.unit);
    kpi_value(w, "absolute", k.absolute, k.unit);
    optional_number(w, "relative", k.relative);
    w.end_object();
  }
  w.end_array();
  w.money_field("revenue_change", c.revenue_change);
  w.key("contributions").begin_object();
  for (const ContributionTable* t : {&c.products, &c.categories, &c.countries, &c.segments})
    write_table(w, *t, r.options.top_n);
  w.end_object();
  w.end_object();
}

void write_insights(JsonWriter& w, const Report& r) {
  const Insights& in = r.insights;
  w.key("insights").begin_object();
  w.field("preset", compare_preset_key(in.preset));
  w.key("items").begin_array();
  for (const Insight& i : in.items) {
    w.begin_object();
    w.field("kind", insight_kind_key(i.kind));
    w.key("effect").value(i.effect, 6);
    w.field("subject", i.subject);
    w.field("text", i.text);
    w.key("value").value(i.value, 6);
    w.key("baseline").value(i.baseline, 6);
    w.key("link").begin_object();
    w.field("tab", i.link.tab);
    w.key("filter");
    write_filter_json(w, i.link.filter);
    w.key("options").begin_object();
    for (const auto& [k, v] : i.link.options) w.field(k, v);
    w.end_object();
    w.end_object();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace starcart::report_json
