// The "operations" section of the report JSON (docs/report-json.md): funnel,
// inventory and delivery. Written only when the data has an event log, a
// stock file or delivery dates; each part says whether it has data.
#include "analytics/report_json_parts.h"
#include "warehouse/funnel_steps.h"

namespace starcart::report_json {

namespace {

// -1 stands for "none" (infinite cover, no stock to turn over): JSON null.
void number_or_null(JsonWriter& w, std::string_view key, double v, int decimals = 4) {
  w.key(key);
  if (v < 0) w.null();
  else w.value(v, decimals);
}

void write_funnel(JsonWriter& w, const Funnel& f) {
  w.key("funnel").begin_object();
  w.field("has_events", f.has_events);
  w.field("unit", f.by_session ? "session" : "visitor_day");
  w.field("events", f.events);
  w.field("events_without_unit", f.events_without_unit);
  w.field("units", f.units);
  w.key("steps").begin_array();
  for (const FunnelStage& s : f.stages) {
    w.begin_object();
    w.field("step", funnel_step_key(s.step));
    w.field("units", s.units);
    share(w, "step_conversion", s.step_conversion);
    share(w, "overall_conversion", s.overall_conversion);
    w.end_object();
  }
  w.end_array();
  w.field("carts", f.carts);
  w.field("abandoned", f.abandoned);
  share(w, "abandonment", f.abandonment);
  w.end_object();
}

void write_inventory(JsonWriter& w, const Inventory& inv) {
  w.key("inventory").begin_object();
  w.field("has_stock", inv.has_stock);
  w.field("as_of", inv.has_stock && inv.products > 0 ? format_iso_date(inv.as_of) : std::string());
  w.field("cover_window_days", inv.options.cover_window);
  w.field("demand_window_days", inv.options.demand_window);
  w.field("slow_mover_days", inv.options.slow_mover_days);
  w.field("products", inv.products);
  w.field("on_hand", inv.on_hand);
  w.field("has_cost", inv.has_cost);
  w.money_field("stock_value", inv.stock_value);
  w.field("out_of_stock", inv.out_of_stock);
  w.field("stockout_days", inv.stockout_days);
  w.field("slow_movers", inv.slow_movers);
  number_or_null(w, "days_of_cover", inv.days_of_cover);
  number_or_null(w, "turnover", inv.turnover);
  w.field("unknown_product_rows", inv.unknown_product_rows);
  w.key("products_table").begin_array();
  for (const InventoryRow& r : inv.rows) {
    w.begin_object();
    w.field("sku", r.sku);
    w.field("name", r.name);
    w.field("as_of", format_iso_date(r.as_of));
    w.field("on_hand", r.on_hand);
    if (r.has_cost) w.money_field("stock_value", r.stock_value);
    else w.key("stock_value").null();
    w.field("units_in_window", r.units_in_window);
    w.key("avg_daily_units").value(r.avg_daily_units, 4);
    number_or_null(w, "days_of_cover", r.days_of_cover);
    w.field("units_in_period", r.units_in_period);
    w.key("avg_on_hand").value(r.avg_on_hand, 4);
    number_or_null(w, "turnover", r.turnover);
    w.field("zero_days", r.zero_days);
    w.field("stockout_days", r.stockout_days);
    w.key("last_sale");
    if (r.last_sale == INT32_MIN) w.null();
    else w.value(format_iso_date(r.last_sale));
    w.field("slow_mover", r.slow_mover);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_group(JsonWriter& w, const char* label_key, const DeliveryGroup& g) {
  w.begin_object();
  if (label_key != nullptr) w.field(label_key, g.label);
  w.field("orders", g.orders);
  w.field("late", g.late);
  share(w, "late_share", g.late_share);
  w.key("avg_delay_days").value(g.avg_delay_days, 4);
  w.key("avg_days_vs_promise").value(g.avg_vs_promise, 4);
  w.key("avg_delivery_days").value(g.avg_delivery_days, 4);
  w.end_object();
}

void write_delivery(JsonWriter& w, const Delivery& d) {
  w.key("delivery").begin_object();
  w.field("has_dates", d.has_dates);
  w.field("undelivered", d.undelivered);
  w.key("overall");
  write_group(w, nullptr, d.overall);
  w.key("by_month").begin_array();
  for (const DeliveryGroup& g : d.by_month) write_group(w, "month", g);
  w.end_array();
  w.key("by_state").begin_array();
  for (const DeliveryGroup& g : d.by_state) write_group(w, "state", g);
  w.end_array();
  w.end_object();
}

}  // namespace

void write_operations(JsonWriter& w, const Report& r) {
  if (!r.operations.any()) return;
  w.key("operations").begin_object();
  write_funnel(w, r.operations.funnel);
  write_inventory(w, r.operations.inventory);
  write_delivery(w, r.operations.delivery);
  w.end_object();
}

}  // namespace starcart::report_json
