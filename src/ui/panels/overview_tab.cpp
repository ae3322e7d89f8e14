#include "ui/panels/overview_tab.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/donut.h"
#include "ui/charts/canvas.h"
#include "ui/charts/legend.h"
#include "ui/charts/lines.h"
#include "ui/charts/palette.h"
#include "ui/charts/plot.h"
#include "ui/charts/ranked_bars.h"
#include "ui/charts/tooltip.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/panels/kpi_card.h"
#include "ui/theme.h"

namespace starcart {

namespace {

std::optional<double> change(double now, double before) {
  if (before == 0) return std::nullopt;
  return (now - before) / before;
}

// The months of `context` that overlap the filter's date range: [first, last]
// indices, or -1, -1 when the filter has no dates.
std::pair<int, int> selected_months(const std::vector<MonthPoint>& context, const Filter& f) {
  if (!f.from && !f.to) return {-1, -1};
  int a = -1, b = -1;
  for (size_t i = 0; i < context.size(); ++i) {
    const Day first = month_first_day(context[i].month), last = month_first_day(context[i].month + 1) - 1;
    if ((f.to && first > *f.to) || (f.from && last < *f.from)) continue;
    if (a < 0) a = static_cast<int>(i);
    b = static_cast<int>(i);
  }
  return a < 0 ? std::pair<int, int>{-2, -2} : std::pair<int, int>{a, b};  // -2: nothing selected
}

}  // namespace

std::optional<MonthIndex> OverviewTab::draw(const OverviewData& data, const std::vector<MonthPoint>& context,
                                            const std::string& currency, Filter& edit, bool& edited) {
  const Theme& t = theme();
  const float e = em();
  const Overview& r = data.overview;
  const Filter& filter = data.filter;
  const Kpis& k = r.kpis;
  const Kpis& p = r.previous_kpis;
  std::optional<MonthIndex> clicked;
  // The comparison period has the filter's length; say so in days.
  std::string vs = "vs the previous period of the same length";
  if (filter.from && filter.to) vs = "vs previous " + format_count(*filter.to - *filter.from + 1) + " days";
  const std::pair<int, int> selection = selected_months(context, filter);
  const int sel_a = selection.first, sel_b = selection.second;  // (lambdas cannot capture bindings in C++17)

  // Sparklines by month, from the context series.
  std::vector<std::string> month_labels;
  std::vector<double> rev, orders, customers, aov;
  for (const MonthPoint& m : context) {
    month_labels.push_back(format_month_label(m.month));
    rev.push_back(money_to_double(m.revenue));
    orders.push_back(static_cast<double>(m.orders));
    customers.push_back(static_cast<double>(m.customers));
    aov.push_back(m.orders > 0 ? money_to_double(div_round(m.revenue, m.orders)) : NAN);
  }
  auto spark = [&](std::vector<double> v, charts::ValueFormat f) {
    charts::SparklineSpec s;
    s.values = std::move(v);
    s.labels = month_labels;
    s.format = std::move(f);
    s.highlight_from = sel_a;
    s.highlight_to = sel_b;
    return s;
  };
  const KpiCardData cards[] = {
      {"Revenue", format_money_whole(k.revenue, currency), change(money_to_double(k.revenue), money_to_double(p.revenue)),
       true, vs, spark(rev, charts::ValueFormat::money_whole(currency))},
      {"Orders", format_count(k.orders), change(static_cast<double>(k.orders), static_cast<double>(p.orders)), true, vs,
       spark(orders, charts::ValueFormat::count())},
      {"Customers", format_count(k.customers), change(static_cast<double>(k.customers), static_cast<double>(p.customers)),
       true, vs, spark(customers, charts::ValueFormat::count())},
      {"Average order value", format_money(k.aov, currency), change(money_to_double(k.aov), money_to_double(p.aov)), true,
       vs, spark(aov, charts::ValueFormat::money(currency))},
  };
  const int per_row = ImGui::GetContentRegionAvail().x < 52 * e ? 2 : 4;
  const float w = column_width(per_row);
  for (int i = 0; i < 4; ++i) {
    if (i % per_row != 0) ImGui::SameLine();
    draw_kpi_card(("kpi" + std::to_string(i)).c_str(), cards[i], ImVec2(w, kpi_card_height()));
  }

  // Revenue (bars, left axis) and orders (line, right axis) by month.
  // The trend takes what the KPI cards and the bottom row leave; short windows
  // shrink the bottom row first, so 1024 x 768 shows everything without scrolling.
  const float left = ImGui::GetContentRegionAvail().y;
  const float bottom_h = std::clamp(left * 0.36f, 9.0f * e, 13.0f * e);
  const float h = std::max(14.0f * e, left - bottom_h - ImGui::GetStyle().ItemSpacing.y);
  // The trend and, right of it, the insights (below it on narrow windows).
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const bool side = avail_w >= 52 * e;
  const float insights_w = side ? std::clamp(avail_w * 0.36f, 20 * e, 34 * e) : avail_w;
  const float trend_w = side ? avail_w - insights_w - ImGui::GetStyle().ItemSpacing.x : avail_w;
  const float trend_h = side ? h : std::max(10.0f * e, h - 8 * e - ImGui::GetStyle().ItemSpacing.y);
  begin_card("trend", "Revenue and orders by month", ImVec2(trend_w, trend_h));
  const std::vector<charts::LegendEntry> legend = {{"Revenue", t.accent}, {"Orders", charts::category_color(1)}};
  ImGui::SameLine(ImGui::GetContentRegionMax().x - 12 * e);
  charts::legend("##trend_legend", legend, 12 * e);
  charts::PlotSpec spec;
  spec.status = charts::status_of(false, context.empty() || (r.kpis.sale_lines == 0 && sel_a < 0));
  spec.empty_text = "No sales under the current filter";
  double top_rev = 0, top_orders = 0;
  for (size_t i = 0; i < context.size(); ++i) top_rev = std::max(top_rev, rev[i]), top_orders = std::max(top_orders, orders[i]);
  std::vector<std::string> labels;
  for (const MonthPoint& m : context) {
    const CivilDate c = civil_from_days(month_first_day(m.month));
    labels.push_back(c.month == 1 || labels.empty() ? format_month_label(m.month) : month_short_name(c.month));
  }
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, top_rev, charts::ValueFormat::money_compact(currency), "Revenue");
  spec.has_y2 = true;
  spec.y2 = charts::value_axis(0, top_orders, charts::ValueFormat::compact(), "Orders");
  charts::Plot plot;
  if (charts::begin_plot(plot, "##trend_chart", ImGui::GetContentRegionAvail(), spec)) {
    charts::BarOptions bo;
    bo.highlight_from = sel_a;
    bo.highlight_to = sel_b;
    charts::ChartHit hit = charts::plot_bars(plot, {{"Revenue", rev, t.accent}}, bo);
    charts::LineSeries line{"Orders", charts::band_centers(static_cast<int>(orders.size())), orders,
                            charts::category_color(1)};
    line.right_axis = true;
    line.markers = plot.band() > 1.4f * e;
    charts::LineOptions lo;  // the crosshair marks the month under the mouse on both series
    if (sel_a >= 0) lo.highlight_from = sel_a + 0.5, lo.highlight_to = sel_b + 0.5;
    charts::plot_lines(plot, {line}, lo);
    charts::end_plot(plot);
    if (hit.hovered >= 0) {
      const MonthPoint& m = context[static_cast<size_t>(hit.hovered)];
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      charts::chart_tooltip(format_month_label(m.month),
                            {{"Revenue", format_money(m.revenue, currency), t.accent},
                             {"Orders", format_count(m.orders), charts::category_color(1)},
                             {"Customers", format_count(m.customers)},
                             {"Average order value", m.orders ? format_money(div_round(m.revenue, m.orders), currency) : "-"},
                             {"", is_month(filter, m.month) ? "Click to show all months" : "Click to filter to this month"}});
    }
    if (hit.clicked >= 0) clicked = context[static_cast<size_t>(hit.clicked)].month;
  }
  end_card();
  if (side) ImGui::SameLine();
  clicked_insight_ = insights_.draw(data.insights, ImVec2(insights_w, side ? h : h - trend_h - ImGui::GetStyle().ItemSpacing.y));

  draw_bottom_row(data, currency, bottom_h, edit, edited);
  return clicked;
}

void OverviewTab::draw_bottom_row(const OverviewData& d, const std::string& currency, float h, Filter& filter,
                                  bool& changed) {
  const float cw = column_width(3);
  constexpr size_t kTop = 6;
  const charts::ValueFormat money = charts::ValueFormat::money_compact(currency);
  auto note = [&](Dimension dim, const std::string& v) {
    return has_value(filter, dim, v) ? "Click to remove this filter" : "Click to filter every panel to it";
  };
  auto toggle = [&](Dimension dim, const std::string& v) {
    toggle_value(filter, dim, v);
    changed = true;
  };

  begin_card("top_categories", "Top categories", ImVec2(cw, h));
  {
    charts::RankedBarsSpec s;
    s.empty_text = "No sales under the current filter";
    std::vector<std::string> names;
    for (const MixRow& c : d.overview.mix.categories) {
      if (s.values.size() == kTop) break;
      names.emplace_back(c.name);
      s.labels.push_back(c.name.empty() ? "(no category)" : std::string(c.name));
      s.values.push_back(money_to_double(c.revenue));
      s.shares.push_back(c.revenue_share);
      s.notes.push_back(c.name.empty() ? "" : note(Dimension::kCategory, names.back()));
      if (filter.categories.size() == 1 && filter.categories[0] == names.back()) s.selected = static_cast<int>(names.size()) - 1;
    }
    s.format = money;
    const charts::ChartHit hit = charts::ranked_bars("##top_categories_chart", ImGui::GetContentRegionAvail(), s);
    if (hit.clicked >= 0 && !names[static_cast<size_t>(hit.clicked)].empty())
      toggle(Dimension::kCategory, names[static_cast<size_t>(hit.clicked)]);
  }
  end_card();

  ImGui::SameLine();
  begin_card("payment_mix", "Payment mix", ImVec2(cw, h));
  {
    charts::DonutSpec s;
    const OverviewMix& mix = d.overview.mix;
    s.status = charts::status_of(false, !mix.has_payment_types || d.overview.kpis.revenue == 0);
    s.empty_text = mix.has_payment_types ? "No sales under the current filter" : "The data names no payment types";
    std::vector<std::string> names;
    Money total = 0;
    for (const MixRow& p : mix.payment_types) {
      names.emplace_back(p.name);
      s.labels.push_back(p.name.empty() ? "Not given" : std::string(p.name));
      s.values.push_back(money_to_double(p.revenue));
      total += p.revenue;
      if (filter.payment_types.size() == 1 && filter.payment_types[0] == names.back())
        s.selected = static_cast<int>(names.size()) - 1;
    }
    s.center_title = "Revenue";
    s.center_value = money(money_to_double(total));
    s.format = charts::ValueFormat::money_whole(currency);
    const charts::ChartHit hit = charts::donut("##payment_mix_chart", ImGui::GetContentRegionAvail(), s);
    if (hit.hovered >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (hit.clicked >= 0 && !names[static_cast<size_t>(hit.clicked)].empty())
      toggle(Dimension::kPayment, names[static_cast<size_t>(hit.clicked)]);
  }
  end_card();

  ImGui::SameLine();
  begin_card("top_countries", "Top countries", ImVec2(cw, h));
  {
    charts::RankedBarsSpec s;
    s.empty_text = "No sales under the current filter";
    std::vector<std::string> names;
    for (const MixRow& c : d.overview.mix.countries) {
      if (s.values.size() == kTop) break;
      if (c.revenue <= 0) continue;  // countries with returns only
      names.emplace_back(c.name);
      s.labels.push_back(c.name.empty() ? "(no country)" : std::string(c.name));
      s.values.push_back(money_to_double(c.revenue));
      s.shares.push_back(c.revenue_share);
      s.notes.push_back(c.name.empty() ? "" : note(Dimension::kCountry, names.back()));
      if (filter.countries.size() == 1 && filter.countries[0] == names.back()) s.selected = static_cast<int>(names.size()) - 1;
    }
    s.format = money;
    const charts::ChartHit hit = charts::ranked_bars("##top_countries_chart", ImGui::GetContentRegionAvail(), s);
    if (hit.clicked >= 0 && !names[static_cast<size_t>(hit.clicked)].empty())
      toggle(Dimension::kCountry, names[static_cast<size_t>(hit.clicked)]);
  }
  end_card();
}

}  // namespace starcart
