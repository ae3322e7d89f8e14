// Serializes a Report as JSON, schema starcart.report/1. Money is written as
// decimal numbers rounded to cents; counts as integers; dates as ISO text.
#include <cstdio>

#include "analytics/report.h"
#include "core/json_writer.h"

namespace starcart {

namespace {

void write_counts(JsonWriter& w, const LoadCounts& c) {
  w.field("rows_read", c.rows_read);
  w.field("rows_loaded", c.rows_loaded);
  w.field("rows_rejected", c.rows_rejected);
  w.field("duplicates", c.duplicates);
}

void write_strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& v) {
  w.key(key).begin_array();
  for (const std::string& s : v) w.value(s);
  w.end_array();
}

void write_kpis(JsonWriter& w, const Kpis& k) {
  w.begin_object();
  w.money_field("revenue", k.revenue);
  w.money_field("net_revenue", k.net_revenue);
  w.field("orders", k.orders);
  w.field("customers", k.customers);
  w.money_field("aov", k.aov);
  w.field("units", k.units);
  w.money_field("return_value", k.return_value);
  w.field("return_lines", k.return_lines);
  w.field("sale_lines", k.sale_lines);
  w.field("countries", k.countries);
  w.end_object();
}

}  // namespace

void write_filter_json(JsonWriter& w, const Filter& f) {
  w.begin_object();
  w.key("from");
  if (f.from) w.value(format_iso_date(*f.from)); else w.null();
  w.key("to");
  if (f.to) w.value(format_iso_date(*f.to)); else w.null();
  write_strings(w, "countries", f.countries);
  write_strings(w, "categories", f.categories);
  write_strings(w, "channels", f.channels);
  write_strings(w, "payment_types", f.payment_types);
  w.end_object();
}

void write_report_fields(JsonWriter& w, const Report& r) {
  w.field("schema", kReportSchema);

  w.key("input").begin_object();
  w.key("files").begin_array();
  for (const auto& f : r.input.files) {
    w.begin_object();
    w.field("name", f.name);
    w.field("layout", f.layout);
    w.field("encoding", f.encoding);
    w.field("bytes", f.bytes);
    char fp[20];
    std::snprintf(fp, sizeof fp, "%016llx", static_cast<unsigned long long>(f.fingerprint));
    w.field("fingerprint", fp);
    write_counts(w, f.counts);
    w.end_object();
  }
  w.end_array();
  write_counts(w, r.input.totals);
  w.field("excluded", r.input.excluded);
  w.end_object();

  w.key("filter");
  write_filter_json(w, r.filter);

  w.key("kpis");
  write_kpis(w, r.kpis);
  w.key("previous_kpis");
  write_kpis(w, r.previous_kpis);

  w.key("monthly").begin_array();
  for (const MonthPoint& p : r.monthly) {
    w.begin_object();
    w.field("month", format_month_key(p.month));
    w.money_field("revenue", p.revenue);
    w.field("orders", p.orders);
    w.field("customers", p.customers);
    w.end_object();
  }
  w.end_array();
}

std::string report_to_json(const Report& r, bool pretty) {
  JsonWriter w(pretty);
  w.begin_object();
  write_report_fields(w, r);
  w.end_object();
  return w.take();
}

}  // namespace starcart
