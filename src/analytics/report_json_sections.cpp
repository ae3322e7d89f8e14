// The report's sections after the series (docs/report-json.md): cohorts,
// rfm, customers, products, geography, payments, returns.
#include <algorithm>

#include "analytics/report_json_parts.h"

namespace starcart::report_json {

namespace {

template <class T, class F>
void array_field(JsonWriter& w, std::string_view key, const std::vector<T>& v, F each) {
  w.key(key).begin_array();
  for (const T& x : v) each(x);
  w.end_array();
}

void write_product_row(JsonWriter& w, const ProductRow& p) {
  w.begin_object();
  w.field("sku", p.sku);
  w.field("name", p.name);
  w.field("category", p.category);
  w.money_field("revenue", p.revenue);
  w.field("units", p.units);
  w.field("lines", p.lines);
  share(w, "revenue_share", p.revenue_share);
  w.field("abc", abc_name(p.abc));
  w.end_object();
}

void write_place_row(JsonWriter& w, std::string_view key, const PlaceRow& p) {
  w.begin_object();
  w.field(key, p.name);
  w.money_field("revenue", p.revenue);
  share(w, "revenue_share", p.revenue_share);
  w.field("orders", p.orders);
  w.field("customers", p.customers);
  w.end_object();
}

void write_return_row(JsonWriter& w, std::string_view key, const ReturnRow& r, bool product) {
  w.begin_object();
  w.field(key, r.key);
  if (product) w.field("name", r.name);
  w.money_field("return_value", r.return_value);
  w.field("return_lines", r.return_lines);
  w.field("return_units", r.return_units);
  w.money_field("revenue", r.revenue);
  w.field("sale_lines", r.sale_lines);
  optional_number(w, "rate_value", r.rate_value);
  optional_number(w, "rate_lines", r.rate_lines);
  w.end_object();
}

}  // namespace

void write_cohorts(JsonWriter& w, const Report& r) {
  array_field(w, "cohorts", r.cohorts.rows, [&](const CohortRow& c) {
    w.begin_object();
    w.field("cohort", format_month_key(c.cohort));
    w.field("size", c.size);
    array_field(w, "active", c.active, [&](int64_t v) { w.value(v); });
    array_field(w, "retention", c.retention, [&](double v) { w.value(v, 6); });
    array_field(w, "revenue", c.revenue, [&](Money v) { w.money(v); });
    array_field(w, "value", c.value, [&](Money v) { w.money(v); });
    w.money_field("total_revenue", c.total_revenue);
    w.money_field("value_per_customer", c.value_per_customer);
    w.end_object();
  });
}

void write_rfm(JsonWriter& w, const Report& r) {
  const CustomerAnalysis& c = r.customers;
  w.key("rfm").begin_object();
  w.key("snapshot_date");
  if (c.snapshot != kNoDay) w.value(format_iso_date(c.snapshot)); else w.null();
  w.field("snapshot_source", c.snapshot_set_by_user ? "user" : "data");
  w.field("scored_customers", c.scored_customers);
  w.field("customers", static_cast<int64_t>(c.rfm.size()));
  array_field(w, "segments", c.segments, [&](const SegmentRow& s) {
    w.begin_object();
    w.field("name", segment_name(s.segment));
    w.field("key", segment_key(s.segment));
    w.field("customers", s.customers);
    share(w, "share", s.share);
    w.money_field("revenue", s.revenue);
    share(w, "revenue_share", s.revenue_share);
    w.key("mean_recency").value(s.mean_recency, 4);
    w.key("mean_frequency").value(s.mean_frequency, 4);
    w.money_field("mean_monetary", s.mean_monetary);
    w.end_object();
  });
  if (r.options.customer_table) {
    array_field(w, "table", c.rfm, [&](const RfmRow& row) {
      w.begin_object();
      w.field("customer", row.customer_id);
      w.field("recency", static_cast<int64_t>(row.recency));
      w.field("frequency", static_cast<int64_t>(row.frequency));
      w.money_field("monetary", row.monetary);
      w.field("r", static_cast<int64_t>(row.r));
      w.field("f", static_cast<int64_t>(row.f));
      w.field("m", static_cast<int64_t>(row.m));
      w.field("segment", segment_name(row.segment));
      w.end_object();
    });
  }
  w.end_object();
}

void write_customers(JsonWriter& w, const Report& r) {
  const CustomerAnalysis& c = r.customers;
  w.key("customers").begin_object();
  w.key("order_gaps").begin_object();
  w.field("gaps", c.gaps.gaps);
  w.field("repeat_customers", c.gaps.repeat_customers);
  optional_number(w, "median_days", c.gaps.median_days, 2);
  optional_number(w, "mean_days", c.gaps.mean_days, 4);
  w.end_object();
  array_field(w, "new_vs_returning", c.new_vs_returning, [&](const NewReturningPoint& p) {
    w.begin_object();
    w.field("month", format_month_key(p.month));
    w.field("new_customers", p.new_customers);
    w.field("returning_customers", p.returning_customers);
    w.money_field("new_revenue", p.new_revenue);
    w.money_field("returning_revenue", p.returning_revenue);
    w.end_object();
  });
  w.end_object();
}

void write_products(JsonWriter& w, const Report& r) {
  const ProductAnalysis& p = r.products;
  const size_t n = std::min(r.options.top_n, p.ranked.size());
  w.key("top_products").begin_array();
  for (size_t k = 0; k < n; ++k) write_product_row(w, p.ranked[k]);
  w.end_array();
  array_field(w, "top_products_by_units", p.top_by_units, [&](const ProductRow& row) { write_product_row(w, row); });
  array_field(w, "categories", p.categories, [&](const CategoryRow& c) {
    w.begin_object();
    w.field("category", c.name);
    w.money_field("revenue", c.revenue);
    share(w, "revenue_share", c.revenue_share);
    w.field("units", c.units);
    w.field("lines", c.lines);
    w.field("products", c.products);
    w.end_object();
  });
  w.key("abc").begin_array();
  for (const AbcClassRow& c : p.abc) {
    w.begin_object();
    w.field("class", abc_name(c.abc));
    w.field("products", c.products);
    w.money_field("revenue", c.revenue);
    share(w, "product_share", c.product_share);
    share(w, "revenue_share", c.revenue_share);
    w.end_object();
  }
  w.end_array();
}

void write_geography(JsonWriter& w, const Report& r) {
  array_field(w, "countries", r.geography.countries, [&](const CountryRow& c) {
    w.begin_object();
    w.field("country", c.name);
    w.field("known", c.known);
    w.key("alpha2");
    if (c.known) w.value(c.alpha2); else w.null();
    w.key("alpha3");
    if (c.known) w.value(c.alpha3); else w.null();
    w.key("numeric");
    if (c.known && c.numeric != 0) w.value(static_cast<int64_t>(c.numeric)); else w.null();
    w.key("region");
    if (c.known) w.value(c.region); else w.null();
    w.money_field("revenue", c.revenue);
    share(w, "revenue_share", c.revenue_share);
    w.field("orders", c.orders);
    w.field("customers", c.customers);
    w.field("units", c.units);
    w.money_field("return_value", c.return_value);
    w.end_object();
  });
  array_field(w, "states", r.geography.states, [&](const PlaceRow& p) { write_place_row(w, "state", p); });
  array_field(w, "cities", r.geography.cities, [&](const PlaceRow& p) { write_place_row(w, "city", p); });
}

void write_payments(JsonWriter& w, const Report& r) {
  w.key("payments").begin_object();
  w.field("has_payment_types", r.payments.has_payment_types);
  array_field(w, "types", r.payments.types, [&](const PaymentRow& p) {
    w.begin_object();
    w.field("payment_type", p.name);
    w.field("orders", p.orders);
    share(w, "order_share", p.order_share);
    w.money_field("revenue", p.revenue);
    share(w, "revenue_share", p.revenue_share);
    w.field("lines", p.lines);
    w.end_object();
  });
  w.end_object();
}

void write_returns(JsonWriter& w, const Report& r) {
  const Returns& x = r.returns;
  w.key("returns").begin_object();
  w.money_field("return_value", x.return_value);
  w.field("return_lines", x.return_lines);
  optional_number(w, "rate_value", x.rate_value);
  optional_number(w, "rate_lines", x.rate_lines);
  const size_t n = std::min(r.options.top_n, x.by_product.size());
  w.key("top_products").begin_array();
  for (size_t k = 0; k < n; ++k) write_return_row(w, "sku", x.by_product[k], true);
  w.end_array();
  array_field(w, "by_category", x.by_category, [&](const ReturnRow& row) { write_return_row(w, "category", row, false); });
  array_field(w, "by_country", x.by_country, [&](const ReturnRow& row) { write_return_row(w, "country", row, false); });
  w.end_object();
}

}  // namespace starcart::report_json
