#include "ui/panels/chart_gallery.h"

#include <cmath>
#include <string>
#include <vector>

#include "core/date.h"
#include "ui/charts/bars.h"
#include "ui/charts/choropleth.h"
#include "ui/charts/donut.h"
#include "ui/charts/heatmap.h"
#include "ui/charts/legend.h"
#include "ui/charts/lines.h"
#include "ui/charts/pareto.h"
#include "ui/charts/plot.h"
#include "ui/charts/scatter.h"
#include "ui/charts/sparkline.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/card.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

using namespace charts;

// Sample values: smooth, deterministic, no randomness.
double wave(int i, double base, double amp) { return base + amp * std::sin(i * 0.7) + amp * 0.5 * std::cos(i * 1.9); }

const std::vector<std::string> kMonths = {"Jan 2011", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul",      "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

void ChartGallery::draw(const geo::WorldGeometry* world, bool dark) {
  const float e = em();
  (void)dark;
  ImGui::BeginChild("gallery", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
  const int cols = ImGui::GetContentRegionAvail().x > 70 * e ? 3 : 2;
  const float w = column_width(cols), h = 17 * e;
  int slot = 0;
  auto card = [&](const char* id, const char* title) {
    if (slot++ % cols) ImGui::SameLine();
    begin_card(id, title, ImVec2(w, h));
  };

  card("g_bars", "Bars (click selects)");
  {
    PlotSpec s;
    s.x = category_axis(kMonths);
    std::vector<double> v;
    for (int i = 0; i < 12; ++i) v.push_back(wave(i, 40000, 15000));
    s.y = value_axis(0, 62000, ValueFormat::money_compact("\xC2\xA3"), "Revenue");
    Plot p;
    if (begin_plot(p, "##g_bars_plot", ImGui::GetContentRegionAvail(), s)) {
      BarOptions o;
      o.highlight_from = o.highlight_to = selected_bar_;
      ChartHit hit = plot_bars(p, {{"Revenue", v}}, o);
      end_plot(p);
      if (hit.hovered >= 0) chart_tooltip(kMonths[static_cast<size_t>(hit.hovered)], {{"Revenue", ValueFormat::money("\xC2\xA3")(v[static_cast<size_t>(hit.hovered)]), theme().accent}});
      if (hit.clicked >= 0) selected_bar_ = hit.clicked == selected_bar_ ? -1 : hit.clicked;
    }
  }
  end_card();

  card("g_grouped", "Grouped and stacked bars");
  {
    std::vector<BarSeries> series;
    for (int k = 0; k < 3; ++k) {
      BarSeries b{k == 0 ? "Web" : k == 1 ? "Email" : "Social", {}, 0};
      for (int i = 0; i < 6; ++i) b.values.push_back(wave(i + 3 * k, 30 + 10 * k, 12));
      series.push_back(b);
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    PlotSpec s;
    s.x = category_axis({"Mon", "Tue", "Wed", "Thu", "Fri", "Sat"});
    s.y = value_axis(0, 60, ValueFormat::compact());
    Plot p;
    if (begin_plot(p, "##g_grouped_plot", ImVec2(avail.x * 0.5f - 0.3f * e, avail.y), s)) {
      plot_bars(p, series);
      end_plot(p);
    }
    ImGui::SameLine();
    s.y = value_axis(0, 150, ValueFormat::compact());
    if (begin_plot(p, "##g_stacked_plot", ImVec2(ImGui::GetContentRegionAvail().x, avail.y), s)) {
      BarOptions o;
      o.stacked = true;
      ChartHit hit = plot_bars(p, series, o);
      end_plot(p);
      if (hit.hovered >= 0 && hit.series >= 0)
        chart_tooltip(series[static_cast<size_t>(hit.series)].name,
                      {{"Value", ValueFormat::fixed(1)(series[static_cast<size_t>(hit.series)].values[static_cast<size_t>(hit.hovered)]), series_color(hit.series)}});
    }
  }
  end_card();

  card("g_hbars", "Horizontal bars");
  {
    PlotSpec s;
    s.horizontal = true;
    s.x = category_axis({"Home & Garden", "Kitchen", "Stationery", "Toys", "Party supplies with a long name", "Gifts"});
    s.y = value_axis(0, 120000, ValueFormat::money_compact("$"));
    Plot p;
    if (begin_plot(p, "##g_hbars_plot", ImGui::GetContentRegionAvail(), s)) {
      plot_bars(p, {{"Revenue", {112000, 81000, 64000, 40500, 22000, 9000}}});
      end_plot(p);
    }
  }
  end_card();

  card("g_lines", "Lines and areas on a day axis (crosshair)");
  {
    const Day d0 = days_from_civil(2011, 1, 3);
    LineSeries a{"Daily revenue", {}, {}, 0};
    a.area = true;
    LineSeries m{"7-day average", {}, {}, category_color(1)};
    m.dashed = true;
    for (int i = 0; i < 120; ++i) {
      a.x.push_back(d0 + i);
      a.y.push_back(wave(i, 900, 260) + (i % 7 == 5 ? 300 : 0));
      m.x.push_back(d0 + i);
      m.y.push_back(wave(i, 900, 120));
    }
    PlotSpec s;
    s.x = time_axis(d0, d0 + 119);
    s.y = value_axis(0, 1600, ValueFormat::compact());
    Plot p;
    if (begin_plot(p, "##g_lines_plot", ImGui::GetContentRegionAvail(), s)) {
      ChartHit hit = plot_lines(p, {a, m});
      end_plot(p);
      if (hit.hovered >= 0)
        chart_tooltip(format_day_label(static_cast<Day>(a.x[static_cast<size_t>(hit.hovered)]), true),
                      {{a.name, ValueFormat::fixed(0)(a.y[static_cast<size_t>(hit.hovered)]), series_color(0)},
                       {m.name, ValueFormat::fixed(0)(m.y[static_cast<size_t>(hit.hovered)]), category_color(1)}});
    }
  }
  end_card();

  card("g_scatter", "Bubbles (size = value, log axes)");
  {
    ImGui::SameLine(ImGui::GetContentRegionMax().x - 6 * e);
    ImGui::Checkbox("log axes", &log_axes_);
    ScatterSeries sc;
    for (int i = 0; i < 160; ++i) {
      const double r = 1 + std::fmod(i * 37.0, 365.0), f = 1 + std::fmod(i * 7.3, 40.0);
      sc.x.push_back(r);
      sc.y.push_back(f);
      sc.size.push_back(f * (20 + std::fmod(i * 13.0, 200.0)));
      sc.group.push_back(i % 5);
    }
    sc.size_scale = fit_size_scale(sc.size.data(), static_cast<int>(sc.size.size()), 0.15f * e, 0.9f * e);
    PlotSpec s;
    s.x = log_axes_ ? log_axis(1, 400, ValueFormat::compact()) : value_axis(0, 400, ValueFormat::compact());
    s.y = log_axes_ ? log_axis(1, 50, ValueFormat::compact(), "Orders") : value_axis(0, 50, ValueFormat::compact(), "Orders");
    s.x.include_zero = s.y.include_zero = !log_axes_;
    Plot p;
    if (begin_plot(p, "##g_scatter_plot", ImGui::GetContentRegionAvail(), s)) {
      ChartHit hit = plot_scatter(p, sc);
      end_plot(p);
      if (hit.hovered >= 0)
        chart_tooltip("Customer " + std::to_string(hit.hovered + 1),
                      {{"Days since last order", ValueFormat::fixed(0)(sc.x[static_cast<size_t>(hit.hovered)]), series_color(hit.series)},
                       {"Orders", ValueFormat::fixed(0)(sc.y[static_cast<size_t>(hit.hovered)])}});
    }
  }
  end_card();

  card("g_heat", "Heatmap (values when they fit)");
  {
    HeatmapSpec hm;
    hm.rows = 8;
    hm.cols = 12;
    for (int i = 0; i < hm.rows; ++i) {
      hm.row_labels.push_back(kMonths[static_cast<size_t>(i)] == "Jan 2011" ? "Jan 2011" : kMonths[static_cast<size_t>(i)] + " 2011");
      for (int j = 0; j < hm.cols; ++j) hm.values.push_back(j + i < 12 ? (j == 0 ? 1.0 : 0.45 * std::exp(-0.15 * j) + 0.02 * i) : NAN);
    }
    for (int j = 0; j < hm.cols; ++j) hm.col_labels.push_back(std::to_string(j));
    hm.format = ValueFormat::percent(0);
    hm.legend_title = "Retention";
    hm.row_title = "Cohort";
    hm.col_title = "Month";
    hm.selected = selected_cell_;
    ChartHit hit = heatmap("##g_heat_map", ImGui::GetContentRegionAvail(), hm);
    if (hit.clicked >= 0) selected_cell_ = hit.clicked;
  }
  end_card();

  card("g_donut", "Donut (click selects)");
  {
    DonutSpec d;
    d.labels = {"Card", "PayPal", "Invoice", "Voucher", "Other"};
    d.values = {52000, 23000, 12000, 4000, 1500};
    d.center_title = "Payments";
    d.center_value = ValueFormat::money_compact("\xE2\x82\xAC")(92500);
    d.format = ValueFormat::money_whole("\xE2\x82\xAC");
    d.selected = selected_slice_;
    ChartHit hit = donut("##g_donut_chart", ImGui::GetContentRegionAvail(), d);
    if (hit.clicked >= 0) selected_slice_ = hit.clicked == selected_slice_ ? -1 : hit.clicked;
  }
  end_card();

  card("g_pareto", "Pareto (bars + cumulative share)");
  {
    ParetoSpec ps;
    for (int i = 0; i < 24; ++i) {
      ps.labels.push_back("SKU " + std::to_string(1000 + i));
      ps.values.push_back(50000.0 / (1 + i) + 300 * (i % 3));
    }
    ps.format = ValueFormat::money_compact("\xC2\xA3");
    ps.value_title = "Revenue";
    pareto("##g_pareto_chart", ImGui::GetContentRegionAvail(), ps);
  }
  end_card();

  card("g_spark", "Sparklines and legends");
  {
    std::vector<double> v;
    for (int i = 0; i < 12; ++i) v.push_back(wave(i, 100, 30));
    SparklineSpec sp;
    sp.values = v;
    sp.labels = kMonths;
    sp.format = ValueFormat::fixed(0);
    sparkline("##g_spark1", ImVec2(ImGui::GetContentRegionAvail().x, 2.4f * e), sp);
    sp.highlight_from = 4;
    sp.highlight_to = 6;
    sp.color = category_color(2);
    sparkline("##g_spark2", ImVec2(ImGui::GetContentRegionAvail().x, 2.4f * e), sp);
    legend("##g_legend", {{"Revenue", 0}, {"Orders", category_color(1)}, {"Customers", category_color(2)},
                          {"Returns", category_color(5)}, {"Switched off", category_color(3), true}},
           ImGui::GetContentRegionAvail().x);
    ColorScale cs{0, 1};
    color_legend("##g_colour_legend", cs, ValueFormat::percent(0), ImGui::GetContentRegionAvail().x, "Retention");
  }
  end_card();

  // The world map spans a whole row.
  if (slot % cols) ImGui::NewLine();
  slot = 0;
  begin_card("g_map", "World choropleth (sample values; click selects)", ImVec2(0, 24 * e));
  {
    ChoroplethSpec ms;
    ms.world = world;
    if (world)
      for (const geo::CountryShape& c : world->countries)
        ms.values.push_back(c.numeric > 0 && c.numeric % 3 != 0 ? std::fmod(c.numeric * 7.31, 100.0) * 1000 : NAN);
    ms.format = ValueFormat::money_compact("\xC2\xA3");
    ms.value_name = "Revenue";
    ms.selected = selected_country_;
    ChartHit hit = choropleth("##g_map_chart", ImGui::GetContentRegionAvail(), ms);
    if (hit.clicked >= 0) selected_country_ = hit.clicked == selected_country_ ? -1 : hit.clicked;
  }
  end_card();

  // Every chart without data: the empty and loading states.
  const float sw = column_width(4), sh = 10 * e;
  const char* names[] = {"Plot, empty", "Plot, loading", "Heatmap, empty", "Donut, loading"};
  for (int i = 0; i < 4; ++i) {
    if (i) ImGui::SameLine();
    begin_card((std::string("g_state") + std::to_string(i)).c_str(), names[i], ImVec2(sw, sh));
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (i < 2) {
      PlotSpec s;
      s.status = i == 0 ? ChartStatus::kEmpty : ChartStatus::kLoading;
      s.empty_text = "No sales in this period";
      Plot p;
      if (begin_plot(p, ("##g_state_plot" + std::to_string(i)).c_str(), avail, s)) end_plot(p);
    } else if (i == 2) {
      const HeatmapSpec none;
      heatmap("##g_state_heat", avail, none);
    } else {
      DonutSpec d;
      d.status = ChartStatus::kLoading;
      donut("##g_state_donut", avail, d);
    }
    end_card();
  }
  ImGui::EndChild();
}

}  // namespace starcart
