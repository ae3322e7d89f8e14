// The report's "experiment" (A/B test readout) and "suppliers" sections
// (docs/report-json.md). Rates and their intervals are shares (0..1) with 6
// decimals; per-customer and per-order means in currency units with 4.
#include "analytics/report_json_parts.h"

namespace starcart::report_json {

namespace {

void interval(JsonWriter& w, std::string_view low, std::string_view high, const std::optional<ab::Interval>& ci,
              int decimals) {
  w.key(low);
  if (ci) w.value(ci->low, decimals); else w.null();
  w.key(high);
  if (ci) w.value(ci->high, decimals); else w.null();
}

}  // namespace

void write_experiment(JsonWriter& w, const Report& r) {
  const AbTest& t = r.experiment;
  w.key("experiment").begin_object();
  w.field("has_variants", t.has_variants);
  const bool any = !t.arms.empty();
  w.key("first_day");
  if (any) w.value(format_iso_date(t.first_day)); else w.null();
  w.key("last_day");
  if (any) w.value(format_iso_date(t.last_day)); else w.null();
  w.field("mixed_customers", t.mixed_customers);
  w.field("guest_orders", t.guest_orders);
  w.key("thresholds").begin_object();
  w.field("min_customers", t.thresholds.min_customers);
  w.field("min_outcomes", t.thresholds.min_outcomes);
  w.field("min_orders", t.thresholds.min_orders);
  w.end_object();
  w.field("summary", t.summary);
  w.key("arms").begin_array();
  for (const AbArm& a : t.arms) {
    w.begin_object();
    w.field("variant", a.name);
    w.field("control", a.control);
    w.field("customers", a.customers);
    w.field("orders", a.orders);
    w.money_field("revenue", a.revenue);
    w.field("converted", a.converted);
    share(w, "conversion", a.conversion);
    interval(w, "conversion_low", "conversion_high", a.conversion_ci, 6);
    w.key("revenue_per_customer").value(a.revenue_per_customer, 4);
    w.key("revenue_per_customer_sd").value(a.revenue_per_customer_sd, 4);
    w.key("aov").value(a.aov, 4);
    w.key("order_value_sd").value(a.order_value_sd, 4);
    w.end_object();
  }
  w.end_array();
  w.key("comparisons").begin_array();
  for (const AbComparison& c : t.comparisons) {
    const int d = c.metric == AbMetric::kConversion ? 6 : 4;
    w.begin_object();
    w.field("variant", t.arms[c.arm].name);
    w.field("metric", ab_metric_key(c.metric));
    w.key("control_value").value(c.control_value, d);
    w.key("value").value(c.arm_value, d);
    w.key("difference").value(c.difference, d);
    optional_number(w, "relative", c.relative);
    interval(w, "ci_low", "ci_high", c.ci, d);
    optional_number(w, "df", c.df, 4);
    w.field("verdict", ab_verdict_key(c.verdict));
    w.field("text", c.text);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_state_map(JsonWriter& w, const Report& r) {
  const StateMap& m = r.state_map;
  w.key("state_map").begin_object();
  w.key("country");
  if (m.country.empty()) w.null(); else w.value(m.country);
  w.money_field("unknown_revenue", m.unknown_revenue);
  w.key("rows").begin_array();
  for (const StateMapRow& s : m.rows) {
    w.begin_object();
    w.field("code", s.state->code);
    w.field("name", s.state->name);
    w.field("numeric", static_cast<int64_t>(s.state->numeric));
    w.money_field("revenue", s.revenue);
    share(w, "revenue_share", s.revenue_share);
    w.field("orders", s.orders);
    w.field("customers", s.customers);
    w.key("spellings").begin_array();
    for (std::string_view sp : s.spellings) w.value(sp);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_suppliers(JsonWriter& w, const Report& r) {
  const Suppliers& x = r.suppliers;
  w.key("suppliers").begin_object();
  w.field("has_suppliers", x.has_suppliers);
  w.field("has_cost", x.has_cost);
  w.field("has_stock", x.has_stock);
  w.key("rows").begin_array();
  for (const SupplierRow& s : x.rows) {
    w.begin_object();
    w.key("supplier");
    if (s.id != 0) w.value(s.name); else w.null();
    w.money_field("revenue", s.revenue);
    share(w, "revenue_share", s.revenue_share);
    w.field("orders", s.orders);
    w.field("units", s.units);
    w.field("products", s.products);
    optional_money(w, "margin", s.margin);
    optional_number(w, "margin_rate", s.margin_rate);
    w.money_field("return_value", s.return_value);
    w.field("return_lines", s.return_lines);
    optional_number(w, "return_rate", s.return_rate);
    w.key("stock_outs").null();  // needs an inventory file (has_stock)
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace starcart::report_json
