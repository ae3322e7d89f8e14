#include "analytics/report_html.h"

#include <algorithm>
#include <cstdio>

#include "analytics/report_tables.h"
#include "analytics/rfm.h"
#include "core/format.h"

namespace starcart {

namespace {

// Okabe-Ito blue and orange: readable in colour-blind vision and in grey print.
constexpr const char* kBlue = "#0072b2";
constexpr const char* kOrange = "#d55e00";

const char* kStyle = R"(<style>
:root{color-scheme:light}
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#181e28;margin:2em auto;max-width:60em;padding:0 1.5em}
h1{font-size:1.7em;margin:0 0 .2em}h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:1px solid #dce1e8;padding-bottom:.2em}
.meta{color:#4a5566;margin:.2em 0}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:.6em;margin:1em 0;padding:0;list-style:none}
.kpis li{border:1px solid #dce1e8;border-radius:6px;padding:.5em .7em}
.kpis .label{display:block;color:#4a5566;font-size:.85em}.kpis .value{display:block;font-size:1.35em;font-weight:600}
.kpis .delta{font-size:.85em;color:#4a5566}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.92em}
caption{text-align:left;font-weight:600;padding:.3em 0}
caption span{display:block;font-weight:400;color:#4a5566;font-size:.92em}
th,td{padding:.25em .5em;border-bottom:1px solid #e6e9ee;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #b8c0cc}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}svg{max-width:100%;height:auto}
svg text{font:10px system-ui,sans-serif;fill:#4a5566}
.note{background:#f3f5f8;border-left:3px solid #0072b2;padding:.4em .8em}
@page{size:A4;margin:15mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}
 table,figure,.kpis{break-inside:avoid}thead{display:table-header-group}a{color:inherit}}
</style>)";

std::string svg_escape(std::string_view s) { return html_escape(s); }

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

void table_html(std::string& o, const ReportTable& t, size_t max_rows = 10000) {
  o += "<table id=\"t-" + t.key + "\"><caption>" + html_escape(t.title) + "<span>" + html_escape(t.caption) +
       "</span></caption>\n<thead><tr>";
  std::vector<bool> numeric(t.columns.size(), false);
  if (!t.rows.empty())
    for (size_t i = 0; i < numeric.size() && i < t.rows[0].size(); ++i) numeric[i] = t.rows[0][i].number;
  for (size_t i = 0; i < t.columns.size(); ++i)
    o += std::string("<th scope=\"col\"") + (numeric[i] ? " class=\"n\"" : "") + ">" + html_escape(t.columns[i]) + "</th>";
  o += "</tr></thead>\n<tbody>\n";
  for (size_t r = 0; r < t.rows.size() && r < max_rows; ++r) {
    o += "<tr>";
    for (size_t i = 0; i < t.rows[r].size(); ++i) {
      const ReportCell& c = t.rows[r][i];
      if (i == 0) o += "<th scope=\"row\"" + std::string(c.number ? " class=\"n\"" : "") + ">" + html_escape(c.text) + "</th>";
      else o += std::string("<td") + (c.number ? " class=\"n\"" : "") + ">" + html_escape(c.text) + "</td>";
    }
    o += "</tr>\n";
  }
  o += "</tbody></table>\n";
}

// Monthly revenue as bars with the orders as a line (the dashboard's trend).
void trend_svg(std::string& o, const Report& r, const std::string& cur) {
  const auto& m = r.monthly;
  if (m.empty()) return;
  const double W = 720, H = 220, L = 56, R = 44, T = 12, B = 28;
  double top_rev = 0, top_orders = 0;
  for (const MonthPoint& p : m) top_rev = std::max(top_rev, money_to_double(p.revenue)), top_orders = std::max(top_orders, double(p.orders));
  if (top_rev <= 0) top_rev = 1;
  if (top_orders <= 0) top_orders = 1;
  const double band = (W - L - R) / static_cast<double>(m.size());
  o += "<figure><figcaption id=\"f-trend\">Revenue (bars) and orders (line) by month</figcaption>\n";
  o += "<svg viewBox=\"0 0 720 220\" role=\"img\" aria-labelledby=\"f-trend\" aria-describedby=\"t-trend\">\n";
  for (int g = 0; g <= 4; ++g) {
    const double y = T + (H - T - B) * (1 - g / 4.0);
    o += "<line x1=\"" + num(L) + "\" x2=\"" + num(W - R) + "\" y1=\"" + num(y) + "\" y2=\"" + num(y) +
         "\" stroke=\"#e6e9ee\"/><text x=\"" + num(L - 4) + "\" y=\"" + num(y + 3) + "\" text-anchor=\"end\">" +
         svg_escape(format_money_compact(top_rev * g / 4.0, cur)) + "</text><text x=\"" + num(W - R + 4) + "\" y=\"" +
         num(y + 3) + "\">" + svg_escape(format_compact(top_orders * g / 4.0)) + "</text>\n";
  }
  std::string line;
  const size_t label_every = std::max<size_t>(1, m.size() / 12);
  for (size_t i = 0; i < m.size(); ++i) {
    const double x = L + band * static_cast<double>(i);
    const double h = (H - T - B) * money_to_double(m[i].revenue) / top_rev;
    o += "<rect x=\"" + num(x + band * 0.15) + "\" y=\"" + num(H - B - h) + "\" width=\"" + num(band * 0.7) +
         "\" height=\"" + num(h) + "\" fill=\"" + kBlue + "\"><title>" + format_month_label(m[i].month) + ": " +
         svg_escape(format_money(m[i].revenue, cur)) + ", " + format_count(m[i].orders) + " orders</title></rect>\n";
    const double ly = H - B - (H - T - B) * static_cast<double>(m[i].orders) / top_orders;
    line += (i ? " " : "") + num(x + band / 2) + "," + num(ly);
    if (i % label_every == 0)
      o += "<text x=\"" + num(x + band / 2) + "\" y=\"" + num(H - B + 14) + "\" text-anchor=\"middle\">" +
           format_month_key(m[i].month) + "</text>\n";
  }
  o += std::string("<polyline points=\"") + line + "\" fill=\"none\" stroke=\"" + kOrange + "\" stroke-width=\"2\"/>\n";
  o += "</svg></figure>\n";
}

// Horizontal bars: one label and value per row (segments, categories).
void hbar_svg(std::string& o, const std::string& id, const std::string& caption,
              const std::vector<std::pair<std::string, double>>& rows, const std::vector<std::string>& values) {
  if (rows.empty()) return;
  double top = 0;
  for (const auto& r : rows) top = std::max(top, r.second);
  if (top <= 0) top = 1;
  const double row_h = 20, W = 720, L = 170, R = 110;
  const double H = row_h * static_cast<double>(rows.size()) + 6;
  o += "<figure><figcaption id=\"f-" + id + "\">" + html_escape(caption) + "</figcaption>\n<svg viewBox=\"0 0 720 " +
       num(H) + "\" role=\"img\" aria-labelledby=\"f-" + id + "\" aria-describedby=\"t-" + id + "\">\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    const double y = 3 + row_h * static_cast<double>(i);
    const double w = (W - L - R) * rows[i].second / top;
    o += "<text x=\"" + num(L - 6) + "\" y=\"" + num(y + 13) + "\" text-anchor=\"end\">" + svg_escape(rows[i].first) +
         "</text><rect x=\"" + num(L) + "\" y=\"" + num(y + 3) + "\" width=\"" + num(std::max(0.5, w)) +
         "\" height=\"" + num(row_h - 6) + "\" fill=\"" + kBlue + "\"/><text x=\"" + num(L + w + 6) + "\" y=\"" +
         num(y + 13) + "\">" + svg_escape(values[i]) + "</text>\n";
  }
  o += "</svg></figure>\n";
}

std::string delta_text(const std::optional<double>& d) {
  return d ? format_delta_percent(*d, 1) + " vs previous period" : "no previous period to compare";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string report_html(const Report& r, const ReportHtmlOptions& opt) {
  const std::string& cur = opt.currency;
  const std::vector<ReportTable> tables = report_tables(r, cur);
  std::string o;
  o.reserve(64 * 1024);
  o += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
       "<meta name=\"generator\" content=\"starcart\">\n<title>" +
       html_escape("Shop report: " + opt.title) + "</title>\n" + kStyle + "\n</head>\n<body>\n<main>\n";
  o += "<h1>Shop report</h1>\n<p class=\"meta\">Data: " + html_escape(opt.title) + ". Period: " +
       (r.period.to < r.period.from ? std::string("no dates") : format_iso_date(r.period.from) + " to " + format_iso_date(r.period.to)) +
       ".</p>\n";
  std::vector<std::string> chips = opt.filter_chips;
  if (chips.empty()) {
    if (r.filter.from || r.filter.to)
      chips.push_back((r.filter.from ? format_iso_date(*r.filter.from) : std::string("start")) + " to " +
                      (r.filter.to ? format_iso_date(*r.filter.to) : std::string("end")));
    for (const auto* list : {&r.filter.countries, &r.filter.categories, &r.filter.channels, &r.filter.payment_types,
                             &r.filter.states, &r.filter.suppliers,
                             &r.filter.segments})
      for (const std::string& v : *list) chips.push_back(v);
    if (r.filter.cohort) chips.push_back("Cohort " + format_month_key(*r.filter.cohort));
  }
  std::string filter_text;
  for (const std::string& c : chips) filter_text += (filter_text.empty() ? "" : ", ") + c;
  o += "<p class=\"meta\" id=\"filter\">Filter in force: " +
       html_escape(filter_text.empty() ? std::string("none (all data)") : filter_text) + ".</p>\n";
  if (!opt.generated.empty()) o += "<p class=\"meta\">Generated " + html_escape(opt.generated) + " by starcart.</p>\n";
  if (opt.masked)
    o += "<p class=\"note\">Customer ids, emails and names are masked in this report and in the exports made with it.</p>\n";

  // KPIs
  const Kpis& k = r.kpis;
  struct Kpi { const char* label; std::string value; std::optional<double> delta; };
  const Kpi kpis[] = {{"Revenue", format_money(k.revenue, cur), r.deltas.revenue},
                      {"Orders", format_count(k.orders), r.deltas.orders},
                      {"Customers", format_count(k.customers), r.deltas.customers},
                      {"Average order value", format_money(k.aov, cur), r.deltas.aov}};
  o += "<h2>Key figures</h2>\n<ul class=\"kpis\" aria-label=\"Key figures\">\n";
  for (const Kpi& x : kpis)
    o += std::string("<li><span class=\"label\">") + x.label + "</span><span class=\"value\">" + html_escape(x.value) +
         "</span><span class=\"delta\">" + html_escape(delta_text(x.delta)) + "</span></li>\n";
  o += "</ul>\n";
  if (const ReportTable* t = find_table(tables, "kpis")) table_html(o, *t);

  if (r.options.insights && !r.insights.items.empty()) {  // issue 11
    o += "<h2>Insights</h2>\n<ol class=\"insights\">\n";
    for (const Insight& i : r.insights.items) o += "<li>" + html_escape(i.text) + "</li>\n";
    o += "</ol>\n";
  }

  o += "<h2>Sales over time</h2>\n";
  trend_svg(o, r, cur);
  if (const ReportTable* t = find_table(tables, "trend")) table_html(o, *t);

  if (const ReportTable* t = find_table(tables, "segments")) {
    o += "<h2>Customers</h2>\n";
    std::vector<std::pair<std::string, double>> rows;
    std::vector<std::string> values;
    for (const SegmentRow& s : r.customers.segments) {
      rows.emplace_back(segment_name(s.segment), static_cast<double>(s.customers));
      values.push_back(format_count(s.customers) + " (" + format_percent(s.share, 1) + ")");
    }
    hbar_svg(o, "segments", "Customers per RFM segment", rows, values);
    table_html(o, *t);
  }
  if (find_table(tables, "top_products") || find_table(tables, "categories")) o += "<h2>Products</h2>\n";
  if (const ReportTable* t = find_table(tables, "categories")) {
    std::vector<std::pair<std::string, double>> rows;
    std::vector<std::string> values;
    for (size_t i = 0; i < r.products.categories.size() && i < 10; ++i) {
      const CategoryRow& c = r.products.categories[i];
      rows.emplace_back(c.category ? std::string(c.name) : "(none)", money_to_double(c.revenue));
      values.push_back(format_money_whole(c.revenue, cur));
    }
    hbar_svg(o, "categories", "Revenue of the top categories", rows, values);
    table_html(o, *t);
  }
  if (const ReportTable* t = find_table(tables, "top_products")) table_html(o, *t);
  if (const ReportTable* t = find_table(tables, "countries")) {
    o += "<h2>Countries</h2>\n";
    table_html(o, *t, 25);
  }
  if (const ReportTable* t = find_table(tables, "payments")) {
    o += "<h2>Payments</h2>\n";
    table_html(o, *t);
  }
  if (const ReportTable* t = find_table(tables, "returned_products")) {
    o += "<h2>Returns</h2>\n<p>Returned value " + html_escape(format_money(r.returns.return_value, cur)) + " (" +
         (r.returns.rate_value ? format_percent(*r.returns.rate_value, 1) : std::string("-")) + " of revenue) in " +
         format_count(r.returns.return_lines) + " return lines.</p>\n";
    table_html(o, *t);
  }
  if (const ReportTable* t = find_table(tables, "comparison")) {  // issue 11
    o += "<h2>Period comparison</h2>\n";
    table_html(o, *t);
    if (const ReportTable* c = find_table(tables, "contributions")) table_html(o, *c);
  }
  if (const ReportTable* t = find_table(tables, "suppliers")) {
    o += "<h2>Suppliers</h2>\n";
    table_html(o, *t, 25);
  }
  if (const ReportTable* t = find_table(tables, "experiment")) {
    o += "<h2>A/B test</h2>\n<p>" + html_escape(r.experiment.summary) + "</p>\n";
    table_html(o, *t);
  }
  if (find_table(tables, "funnel") || find_table(tables, "inventory") || find_table(tables, "delivery_months"))
    o += "<h2>Operations</h2>\n";
  for (const char* key : {"funnel", "delivery_months", "delivery_states"})
    if (const ReportTable* t = find_table(tables, key)) table_html(o, *t);
  if (const ReportTable* t = find_table(tables, "inventory")) table_html(o, *t, 25);
  if (const ReportTable* t = find_table(tables, "marketing_channels")) {
    const Marketing& m = r.marketing;
    o += "<h2>Marketing</h2>\n";
    if (m.has_spend)
      o += "<p>Spend " + html_escape(format_money(m.total_spend, cur)) + " in the period; ROAS " +
           (m.roas ? format_fixed(*m.roas, 2) : std::string("-")) + ", CAC " +
           (m.cac ? html_escape(format_money(*m.cac, cur)) : std::string("-")) + " per new customer" +
           (m.spend_unfiltered ? " (the spend is not narrowed by the filter's countries, categories or customers)" : "") +
           ".</p>\n";
    table_html(o, *t);
    if (const ReportTable* c = find_table(tables, "marketing_campaigns")) table_html(o, *c, 25);
    if (const ReportTable* u = find_table(tables, "marketing_unknown_spend")) table_html(o, *u);
  }
  if (find_table(tables, "forecast") || find_table(tables, "clv_models") || find_table(tables, "churn") ||
      find_table(tables, "basket_pairs")) {
    o += "<h2>Predictions</h2>\n";
    for (const char* key : {"forecast", "seasonality", "clv_models", "clv_holdout", "churn", "basket_pairs"})
      if (const ReportTable* t = find_table(tables, key)) table_html(o, *t);
  }
  o += "<h2>Data quality</h2>\n<p>" + format_count(r.input.totals.rows_read) + " rows read: " +
       format_count(r.input.totals.rows_loaded) + " loaded, " + format_count(r.input.totals.rows_rejected) +
       " rejected, " + format_count(r.input.totals.duplicates) + " duplicates; " + format_count(r.input.excluded) +
       " loaded lines are in no figure (price zero or below, or quantity zero).</p>\n";
  if (const ReportTable* t = find_table(tables, "files")) table_html(o, *t);
  o += "</main>\n</body>\n</html>\n";
  return o;
}

}  // namespace starcart
