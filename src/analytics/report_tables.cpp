#include "analytics/report_tables.h"

#include <cstdio>

#include "analytics/rfm.h"
#include "core/format.h"
#include "warehouse/funnel_steps.h"
#include "warehouse/csv_export.h"

namespace starcart {

namespace {

ReportCell money(Money v, const std::string& cur) { return {format_money(v, cur), money_to_decimal_string(v), true}; }
ReportCell count(int64_t n) { return {format_count(n), std::to_string(n), true}; }
ReportCell share(double s) { return {format_percent(s, 1), format_fixed(s, 4), true}; }
ReportCell opt_share(const std::optional<double>& s) { return s ? share(*s) : ReportCell{"-", "", true}; }
ReportCell decimal(double v, int places) { return {format_fixed(v, places), format_fixed(v, places), true}; }
ReportCell text(std::string_view s) { return {std::string(s), std::string(s), false}; }
ReportCell change(const std::optional<double>& c) {
  return c ? ReportCell{format_delta_percent(*c, 1), format_fixed(*c, 4), true} : ReportCell{"-", "", true};
}

std::string period_text(const DayRange& p) {
  return p.to < p.from ? std::string("no dates") : format_iso_date(p.from) + " to " + format_iso_date(p.to);
}

ReportTable kpis(const Report& r, const std::string& cur) {
  ReportTable t{"kpis", "Key figures",
                "The filter's period (" + period_text(r.period) + ") against the period of equal length before it (" +
                    period_text(r.previous_period) + ").",
                {"Figure", "This period", "Previous period", "Change"}, {}};
  const Kpis &k = r.kpis, &p = r.previous_kpis;
  const KpiDeltas& d = r.deltas;
  t.rows.push_back({text("Revenue"), money(k.revenue, cur), money(p.revenue, cur), change(d.revenue)});
  t.rows.push_back({text("Net revenue (after returns)"), money(k.net_revenue, cur), money(p.net_revenue, cur),
                    change(d.net_revenue)});
  t.rows.push_back({text("Orders"), count(k.orders), count(p.orders), change(d.orders)});
  t.rows.push_back({text("Customers"), count(k.customers), count(p.customers), change(d.customers)});
  t.rows.push_back({text("Average order value"), money(k.aov, cur), money(p.aov, cur), change(d.aov)});
  t.rows.push_back({text("Units sold"), count(k.units), count(p.units), change(d.units)});
  t.rows.push_back({text("New customers"), count(k.new_customers), count(p.new_customers), change(d.new_customers)});
  t.rows.push_back({text("Returned value"), money(k.return_value, cur), money(p.return_value, cur),
                    change(d.return_value)});
  t.rows.push_back({text("Return rate (value)"), opt_share(k.return_rate_value), opt_share(p.return_rate_value),
                    {"", "", true}});
  t.rows.push_back({text("Repeat customer rate"), opt_share(k.repeat_rate), opt_share(p.repeat_rate), {"", "", true}});
  return t;
}

ReportTable trend(const Report& r, const std::string& cur) {
  ReportTable t{"trend", "Revenue and orders by month", "Sales revenue, distinct orders and customers per calendar month.",
                {"Month", "Revenue", "Orders", "Customers", "Average order value"}, {}};
  for (const MonthPoint& m : r.monthly)
    t.rows.push_back({text(format_month_key(m.month)), money(m.revenue, cur), count(m.orders), count(m.customers),
                      money(m.aov, cur)});
  return t;
}

ReportTable segments(const Report& r, const std::string& cur) {
  ReportTable t{"segments", "Customer segments (RFM)",
                "Customers by recency and frequency score (docs/metrics.md), as of " +
                    (r.customers.snapshot == kNoDay ? std::string("-") : format_iso_date(r.customers.snapshot)) + ".",
                {"Segment", "Customers", "Share of customers", "Revenue", "Share of revenue", "Mean recency (days)",
                 "Mean orders"},
                {}};
  for (const SegmentRow& s : r.customers.segments)
    t.rows.push_back({text(segment_name(s.segment)), count(s.customers), share(s.share), money(s.revenue, cur),
                      share(s.revenue_share), decimal(s.mean_recency, 1), decimal(s.mean_frequency, 2)});
  return t;
}

ReportTable products(const Report& r, const std::string& cur) {
  ReportTable t{"top_products", "Top products by revenue",
                "The " + std::to_string(r.options.top_n) + " products with the most sales revenue; ABC class by cumulative share.",
                {"Rank", "SKU", "Product", "Category", "Revenue", "Share", "Units", "ABC"}, {}};
  const size_t n = std::min(r.options.top_n, r.products.ranked.size());
  for (size_t i = 0; i < n; ++i) {
    const ProductRow& p = r.products.ranked[i];
    t.rows.push_back({count(static_cast<int64_t>(i + 1)), text(p.sku), text(p.name), text(p.category),
                      money(p.revenue, cur), share(p.revenue_share), count(p.units), text(abc_name(p.abc))});
  }
  return t;
}

ReportTable categories(const Report& r, const std::string& cur) {
  ReportTable t{"categories", "Revenue by category", "Sales revenue per product category.",
                {"Category", "Revenue", "Share", "Units", "Products"}, {}};
  for (const CategoryRow& c : r.products.categories)
    t.rows.push_back({text(c.category ? c.name : std::string_view("(none)")), money(c.revenue, cur),
                      share(c.revenue_share), count(c.units), count(c.products)});
  return t;
}

ReportTable countries(const Report& r, const std::string& cur) {
  ReportTable t{"countries", "Revenue by country", "Sales revenue, orders and customers per country.",
                {"Country", "Revenue", "Share", "Orders", "Customers", "Returned value"}, {}};
  for (const CountryRow& c : r.geography.countries)
    t.rows.push_back({text(c.country ? c.name : std::string_view("(none)")), money(c.revenue, cur),
                      share(c.revenue_share), count(c.orders), count(c.customers), money(c.return_value, cur)});
  return t;
}

ReportTable payments(const Report& r, const std::string& cur) {
  ReportTable t{"payments", "Payment types", "Orders and revenue per payment type.",
                {"Payment type", "Orders", "Share of orders", "Revenue", "Share of revenue"}, {}};
  for (const PaymentRow& p : r.payments.types)
    t.rows.push_back({text(p.payment ? p.name : std::string_view("(none)")), count(p.orders), share(p.order_share),
                      money(p.revenue, cur), share(p.revenue_share)});
  return t;
}

ReportTable returned(const Report& r, const std::string& cur) {
  ReportTable t{"returned_products", "Most returned products", "Products by returned value.",
                {"SKU", "Product", "Returned value", "Return lines", "Return rate (value)"}, {}};
  const size_t n = std::min(r.options.top_n, r.returns.by_product.size());
  for (size_t i = 0; i < n; ++i) {
    const ReturnRow& x = r.returns.by_product[i];
    t.rows.push_back({text(x.key), text(x.name), money(x.return_value, cur), count(x.return_lines),
                      opt_share(x.rate_value)});
  }
  return t;
}

ReportTable suppliers(const Report& r, const std::string& cur) {
  ReportTable t{"suppliers", "Suppliers",
                "Revenue, margin (when every line has a cost) and returns per supplier; stock-outs need a stock file.",
                {"Supplier", "Revenue", "Share of revenue", "Orders", "Margin", "Return rate (value)", "Stock-outs"}, {}};
  for (const SupplierRow& s : r.suppliers.rows)
    t.rows.push_back({text(s.id ? s.name : std::string_view("(no supplier)")), money(s.revenue, cur),
                      share(s.revenue_share), count(s.orders), s.margin ? money(*s.margin, cur) : text("-"),
                      opt_share(s.return_rate), text("n/a without a stock file")});
  return t;
}

// The A/B readout: one row per arm against the control and metric.
ReportTable experiment(const Report& r) {
  ReportTable t{"experiment", "A/B test against the control",
                "Per customer; conversion = share with a repeat order in the test; 95 % intervals (Newcombe, Welch).",
                {"Variant", "Metric", "Value", "Control", "Difference", "95 % low", "95 % high", "Verdict"}, {}};
  for (const AbComparison& c : r.experiment.comparisons) {
    const int d = c.metric == AbMetric::kConversion ? 4 : 2;
    auto num = [&](double v) { return ReportCell{format_fixed(v, d), format_fixed(v, 6), true}; };
    t.rows.push_back({text(r.experiment.arms[c.arm].name), text(ab_metric_label(c.metric)), num(c.arm_value),
                      num(c.control_value), num(c.difference), c.ci ? num(c.ci->low) : text("-"),
                      c.ci ? num(c.ci->high) : text("-"), text(c.text)});
  }
  return t;
}

// Operations (funnel, inventory, delivery): only with such data.
ReportTable funnel(const Report& r) {
  const Funnel& f = r.operations.funnel;
  ReportTable t{"funnel", "Conversion funnel",
                std::string(f.by_session ? "Sessions" : "Visitor-days") + " reaching each step (or a later one); cart "
                "abandonment " + format_percent(f.abandonment, 1) + " (" + format_count(f.abandoned) + " of " +
                    format_count(f.carts) + " carts).",
                {"Step", f.by_session ? "Sessions" : "Visitor-days", "From the step before", "From the first step"}, {}};
  for (const FunnelStage& s : f.stages)
    t.rows.push_back({text(funnel_step_label(s.step)), count(s.units), share(s.step_conversion),
                      share(s.overall_conversion)});
  return t;
}

ReportTable inventory(const Report& r) {
  const Inventory& inv = r.operations.inventory;
  ReportTable t{"inventory", "Inventory",
                "Units on hand at each product's latest snapshot; days of cover from the last 30 days of sales; "
                "stock-out days at zero stock with sales within 30 days; slow movers unsold for 90 days.",
                {"SKU", "Product", "On hand", "Days of cover", "Turnover", "Stock-out days", "Slow mover"}, {}};
  for (const InventoryRow& x : inv.rows)
    t.rows.push_back({text(x.sku), text(x.name), count(x.on_hand),
                      x.days_of_cover < 0 ? ReportCell{"no sales", "", true} : decimal(x.days_of_cover, 1),
                      x.turnover < 0 ? ReportCell{"-", "", true} : decimal(x.turnover, 2), count(x.stockout_days),
                      text(x.slow_mover ? "yes" : "")});
  return t;
}

ReportTable delivery(const Report& r, bool by_state) {
  const Delivery& d = r.operations.delivery;
  ReportTable t{by_state ? "delivery_states" : "delivery_months",
                by_state ? "Late deliveries by state" : "Late deliveries by month of purchase",
                "Delivered orders with a promised date; late = delivered on a later day than promised.",
                {by_state ? "State" : "Month", "Orders", "Late", "Late share", "Average delay (days)"}, {}};
  for (const DeliveryGroup& g : by_state ? d.by_state : d.by_month)
    t.rows.push_back({text(g.label.empty() ? std::string("(none)") : g.label), count(g.orders), count(g.late),
                      share(g.late_share), decimal(g.avg_delay_days, 1)});
  return t;
}

// Marketing (analytics/marketing.h): only with channels or a spend file.
std::string_view or_none(std::string_view name, const char* none) { return name.empty() ? none : name; }

ReportCell opt_money(const std::optional<Money>& v, const std::string& cur) {
  return v ? money(*v, cur) : ReportCell{"-", "", true};
}

ReportCell opt_ratio(const std::optional<double>& v) {
  return v ? decimal(*v, 2) : ReportCell{"-", "", true};
}

ReportTable marketing_rows(const Report& r, const std::string& cur, bool campaigns) {
  const Marketing& m = r.marketing;
  ReportTable t{campaigns ? "marketing_campaigns" : "marketing_channels",
                campaigns ? "Campaigns" : "Channels",
                campaigns ? "Per campaign within its channel: revenue credited to each order's campaign (last touch) and "
                            "to the campaign of each customer's first-ever order (first touch); new customers by the "
                            "campaign of their first-ever order."
                          : "Revenue credited to each order's channel (last touch) and to the channel of each "
                            "customer's first-ever order (first touch); new = first-ever order in the period.",
                {}, {}};
  t.columns = {"Channel"};
  if (campaigns) t.columns.push_back("Campaign");
  for (const char* c : {"Revenue", "Share of revenue", "Orders", "Customers", "New customers", "Average order value"})
    t.columns.push_back(c);
  t.columns.push_back("First-touch revenue");
  if (m.has_spend)
    for (const char* c : {"Spend", "ROAS", "CAC"}) t.columns.push_back(c);
  for (const MarketingRow& x : campaigns ? m.campaigns : m.channels) {
    std::vector<ReportCell> row{text(or_none(x.channel_name, "(no channel)"))};
    if (campaigns) row.push_back(text(or_none(x.campaign_name, "(no campaign)")));
    for (ReportCell c : {money(x.revenue, cur), share(x.revenue_share), count(x.orders), count(x.customers),
                         count(x.new_customers), opt_money(x.aov, cur)})
      row.push_back(c);
    row.push_back(money(x.first_touch_revenue, cur));
    if (m.has_spend)
      for (ReportCell c : {money(x.spend, cur), opt_ratio(x.roas), opt_money(x.cac, cur)}) row.push_back(c);
    t.rows.push_back(std::move(row));
  }
  return t;
}

ReportTable unknown_spend(const Report& r, const std::string& cur) {
  ReportTable t{"marketing_unknown_spend", "Spend on channels no order names",
                "Spend rows in the period whose channel the order lines never name: in the total spend, in no row.",
                {"Channel (spend file)", "Spend", "Rows"}, {}};
  for (const UnknownSpendChannel& u : r.marketing.unknown_channels)
    t.rows.push_back({text(or_none(u.name, "(not given)")), money(u.spend, cur), count(u.rows)});
  return t;
}

ReportTable files(const Report& r) {
  ReportTable t{"files", "Data quality: files read",
                "Every row read is loaded, rejected (with its reason, in the Import tab) or a duplicate.",
                {"File", "Layout", "Encoding", "Rows read", "Loaded", "Rejected", "Duplicates"}, {}};
  for (const InputSummary::File& f : r.input.files)
    t.rows.push_back({text(f.name), text(f.layout), text(f.encoding), count(f.counts.rows_read),
                      count(f.counts.rows_loaded), count(f.counts.rows_rejected), count(f.counts.duplicates)});
  const LoadCounts& c = r.input.totals;
  t.rows.push_back({text("All files"), text(""), text(""), count(c.rows_read), count(c.rows_loaded),
                    count(c.rows_rejected), count(c.duplicates)});
  return t;
}

}  // namespace

std::vector<ReportTable> report_tables(const Report& r, const std::string& currency) {
  std::vector<ReportTable> out;
  out.push_back(kpis(r, currency));
  out.push_back(trend(r, currency));
  if (r.customers.scored_customers > 0) out.push_back(segments(r, currency));
  if (!r.products.ranked.empty()) out.push_back(products(r, currency));
  if (!r.products.categories.empty()) out.push_back(categories(r, currency));
  if (!r.geography.countries.empty()) out.push_back(countries(r, currency));
  if (r.payments.has_payment_types) out.push_back(payments(r, currency));
  if (!r.returns.by_product.empty()) out.push_back(returned(r, currency));
  add_compare_tables(out, r, currency);
  add_predictive_tables(out, r, currency);
  if (r.suppliers.has_suppliers) out.push_back(suppliers(r, currency));
  if (!r.experiment.comparisons.empty()) out.push_back(experiment(r));
  if (r.operations.funnel.has_events) out.push_back(funnel(r));
  if (r.operations.inventory.has_stock) out.push_back(inventory(r));
  if (r.operations.delivery.has_dates) {
    out.push_back(delivery(r, false));
    out.push_back(delivery(r, true));
  }
  if (!r.marketing.channels.empty()) out.push_back(marketing_rows(r, currency, false));
  if (!r.marketing.campaigns.empty()) out.push_back(marketing_rows(r, currency, true));
  if (!r.marketing.unknown_channels.empty()) out.push_back(unknown_spend(r, currency));
  out.push_back(files(r));
  return out;
}

const ReportTable* find_table(const std::vector<ReportTable>& tables, const std::string& key) {
  for (const ReportTable& t : tables)
    if (t.key == key) return &t;
  return nullptr;
}

std::string report_table_csv(const ReportTable& table) {
  std::string out;
  for (size_t i = 0; i < table.columns.size(); ++i) out += (i ? "," : "") + csv_field(table.columns[i]);
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_field(row[i].raw);
    out += "\r\n";
  }
  return out;
}

}  // namespace starcart
