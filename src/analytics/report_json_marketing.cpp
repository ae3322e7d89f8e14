// The "marketing" section of the report JSON (docs/report-json.md): channels
// and campaigns with last- and first-touch revenue, new customers and, with
// a spend file, spend, ROAS and CAC. Written only when the order lines name
// channels or a spend file was loaded (analytics/marketing.h).
#include "analytics/report_json_parts.h"

namespace starcart::report_json {

namespace {

void write_row(JsonWriter& w, const MarketingRow& r, bool campaign, bool spend) {
  w.begin_object();
  w.field("channel", r.channel_name);
  if (campaign) w.field("campaign", r.campaign_name);
  w.money_field("revenue", r.revenue);
  share(w, "revenue_share", r.revenue_share);
  w.field("orders", r.orders);
  w.field("customers", r.customers);
  w.field("new_customers", r.new_customers);
  optional_money(w, "aov", r.aov);
  w.money_field("first_touch_revenue", r.first_touch_revenue);
  if (spend) {
    w.money_field("spend", r.spend);
    optional_number(w, "roas", r.roas);
    optional_money(w, "cac", r.cac);
  }
  w.end_object();
}

}  // namespace

void write_marketing(JsonWriter& w, const Report& r) {
  const Marketing& m = r.marketing;
  if (!m.has_channels && !m.has_spend) return;
  w.key("marketing").begin_object();
  w.field("has_channels", m.has_channels);
  w.field("has_campaigns", m.has_campaigns);
  w.field("has_spend", m.has_spend);
  w.money_field("revenue", m.revenue);
  w.field("orders", m.orders);
  w.field("new_customers", m.new_customers);
  w.key("channels").begin_array();
  for (const MarketingRow& row : m.channels) write_row(w, row, false, m.has_spend);
  w.end_array();
  w.key("campaigns").begin_array();
  for (const MarketingRow& row : m.campaigns) write_row(w, row, true, m.has_spend);
  w.end_array();
  if (m.has_spend) {
    w.key("spend").begin_object();
    w.money_field("total", m.total_spend);
    w.money_field("matched", m.matched_spend);
    optional_number(w, "roas", m.roas);
    optional_money(w, "cac", m.cac);
    w.field("spend_unfiltered", m.spend_unfiltered);
    w.field("unknown_channel_rows", m.unknown_channel_rows);
    w.key("unknown_channels").begin_array();
    for (const UnknownSpendChannel& u : m.unknown_channels) {
      w.begin_object();
      w.field("channel", u.name);
      w.money_field("spend", u.spend);
      w.field("rows", u.rows);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_object();
}

}  // namespace starcart::report_json
