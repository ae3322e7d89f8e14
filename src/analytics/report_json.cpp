// Serializes a Report as JSON, schema starcart.report/1 (docs/report-json.md).
// Money is written as decimal numbers rounded to cents; counts as integers;
// dates as ISO text; shares as numbers in 0..1; an undefined ratio as null.
//
// Contents: (1) input and filter, (2) headline figures and deltas,
// (3) monthly series and trends, (4) the other sections
// (report_json_sections.cpp), (5) the document.
#include <cstdio>

#include "analytics/report_json_parts.h"

namespace starcart {

using namespace report_json;

namespace {

// --- (1) input and filter -----------------------------------------------------
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

void write_input(JsonWriter& w, const InputSummary& in) {
  w.begin_object();
  w.key("files").begin_array();
  for (const auto& f : in.files) {
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
  write_counts(w, in.totals);
  w.field("excluded", in.excluded);
  w.end_object();
}

void write_period(JsonWriter& w, const DayRange& p) {
  w.begin_object();
  w.field("from", format_iso_date(p.from));
  w.field("to", format_iso_date(p.to));
  w.field("days", static_cast<int64_t>(p.days()));
  w.end_object();
}

// --- (2) headline figures -------------------------------------------------------
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
  optional_number(w, "items_per_order", k.items_per_order, 4);
  optional_number(w, "return_rate_value", k.return_rate_value);
  optional_number(w, "return_rate_lines", k.return_rate_lines);
  w.field("new_customers", k.new_customers);
  w.field("returning_customers", k.returning_customers);
  w.field("repeat_customers", k.repeat_customers);
  optional_number(w, "repeat_rate", k.repeat_rate);
  w.end_object();
}

void write_deltas(JsonWriter& w, const KpiDeltas& d) {
  w.begin_object();
  optional_number(w, "revenue", d.revenue);
  optional_number(w, "net_revenue", d.net_revenue);
  optional_number(w, "orders", d.orders);
  optional_number(w, "customers", d.customers);
  optional_number(w, "aov", d.aov);
  optional_number(w, "units", d.units);
  optional_number(w, "return_value", d.return_value);
  optional_number(w, "items_per_order", d.items_per_order);
  optional_number(w, "new_customers", d.new_customers);
  optional_number(w, "returning_customers", d.returning_customers);
  optional_number(w, "repeat_customers", d.repeat_customers);
  optional_number(w, "return_rate_value", d.return_rate_value);
  optional_number(w, "return_rate_lines", d.return_rate_lines);
  optional_number(w, "repeat_rate", d.repeat_rate);
  w.end_object();
}

// --- (3) series -------------------------------------------------------------------
std::string week_key(const IsoWeek& wk) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", wk.year, wk.week);
  return buf;
}

void write_trends(JsonWriter& w, const Trends& t) {
  w.begin_object();
  w.key("daily").begin_array();
  for (const DayPoint& p : t.daily) {
    w.begin_object();
    w.field("date", format_iso_date(p.day));
    w.money_field("revenue", p.revenue);
    w.field("orders", p.orders);
    w.field("customers", p.customers);
    w.money_field("aov", p.aov);
    optional_money(w, "revenue_ma7", p.revenue_ma7);
    optional_money(w, "revenue_ma28", p.revenue_ma28);
    optional_number(w, "orders_ma7", p.orders_ma7, 4);
    optional_number(w, "orders_ma28", p.orders_ma28, 4);
    w.end_object();
  }
  w.end_array();
  w.key("weekly").begin_array();
  for (const WeekPoint& p : t.weekly) {
    w.begin_object();
    w.field("week", week_key(p.week));
    w.field("start", format_iso_date(p.start));
    w.money_field("revenue", p.revenue);
    w.field("orders", p.orders);
    w.field("customers", p.customers);
    w.money_field("aov", p.aov);
    w.end_object();
  }
  w.end_array();
  w.key("year_over_year").begin_array();
  for (const YearRow& y : t.year_over_year) {
    w.begin_object();
    w.field("year", y.year);
    w.key("revenue").begin_array();
    for (size_t m = 0; m < 12; ++m) {
      if (y.in_range[m]) w.money(y.revenue[m]);
      else w.null();
    }
    w.end_array();
    w.key("orders").begin_array();
    for (size_t m = 0; m < 12; ++m) {
      if (y.in_range[m]) w.value(y.orders[m]);
      else w.null();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  const WeekdayHour& a = t.weekday_hour;
  w.key("weekday_hour").begin_object();
  auto grid = [&](std::string_view key, auto cell) {
    w.key(key).begin_array();
    for (int d = 0; d < 7; ++d) {
      w.begin_array();
      for (int h = 0; h < 24; ++h) cell(static_cast<size_t>(d * 24 + h));
      w.end_array();
    }
    w.end_array();
  };
  grid("revenue", [&](size_t c) { w.money(a.revenue[c]); });
  grid("orders", [&](size_t c) { w.value(a.orders[c]); });
  grid("lines", [&](size_t c) { w.value(a.lines[c]); });
  grid("units", [&](size_t c) { w.value(a.units[c]); });
  w.field("lines_without_time", a.lines_without_time);
  w.end_object();
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
  write_strings(w, "states", f.states);
  write_strings(w, "suppliers", f.suppliers);
  write_strings(w, "segments", f.segments);
  w.key("cohort");
  if (f.cohort) w.value(format_month_key(*f.cohort)); else w.null();
  w.key("snapshot");
  if (f.snapshot) w.value(format_iso_date(*f.snapshot)); else w.null();
  w.end_object();
}

void report_json::write_period_json(JsonWriter& w, const DayRange& p) { write_period(w, p); }

// --- (5) the document ---------------------------------------------------------------
void write_report_fields(JsonWriter& w, const Report& r) {
  w.field("schema", kReportSchema);
  w.key("input");
  write_input(w, r.input);
  w.key("filter");
  write_filter_json(w, r.filter);
  w.key("period");
  write_period(w, r.period);
  w.key("previous_period");
  write_period(w, r.previous_period);

  w.key("kpis");
  write_kpis(w, r.kpis);
  w.key("previous_kpis");
  write_kpis(w, r.previous_kpis);
  w.key("deltas");
  write_deltas(w, r.deltas);

  w.key("monthly").begin_array();
  for (const MonthPoint& p : r.monthly) {
    w.begin_object();
    w.field("month", format_month_key(p.month));
    w.money_field("revenue", p.revenue);
    w.field("orders", p.orders);
    w.field("customers", p.customers);
    w.money_field("aov", p.aov);
    w.end_object();
  }
  w.end_array();
  w.key("trends");
  write_trends(w, r.trends);

  // (4)
  write_cohorts(w, r);
  write_rfm(w, r);
  write_customers(w, r);
  write_products(w, r);
  write_geography(w, r);
  write_payments(w, r);
  write_returns(w, r);
  write_suppliers(w, r);
  write_experiment(w, r);
  write_state_map(w, r);
  write_operations(w, r);
  write_marketing(w, r);
  if (r.options.predictive) {
    write_clv(w, r);
    write_churn(w, r);
    write_basket(w, r);
    write_forecast(w, r);
  }
  write_comparison(w, r);
  if (r.options.insights) write_insights(w, r);
}

std::string report_to_json(const Report& r, bool pretty) {
  JsonWriter w(pretty);
  w.begin_object();
  write_report_fields(w, r);
  w.end_object();
  return w.take();
}

}  // namespace starcart
