#include "ui/panels/trends_tab.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/heatmap.h"
#include "ui/charts/legend.h"
#include "ui/charts/lines.h"
#include "ui/charts/palette.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

// A two-or-three-way switch drawn as adjacent buttons; the chosen one is filled.
bool segment(const char* label, bool on, const char* probe_key) {
  const bool pressed = on ? primary_button(label) : secondary_button(label);
  probe_item(probe_key);
  return pressed;
}

double metric(Money revenue, int64_t orders, bool use_orders) {
  return use_orders ? static_cast<double>(orders) : money_to_double(revenue);
}

// Rings on the series at the forecast's anomalies, recorded for tests as
// trends.anomaly.N; returns the one under the mouse, or -1.
int draw_anomalies(const charts::Plot& plot, const forecast::Forecast& f, const std::vector<forecast::Anomaly>& list) {
  const Theme& th = theme();
  const float r = 0.35f * em();
  int hovered = -1;
  for (size_t k = 0; k < list.size(); ++k) {
    const forecast::Anomaly& a = list[k];
    if (a.index < 0 || static_cast<size_t>(a.index) >= f.days.size()) continue;
    const ImVec2 c = plot.point(static_cast<double>(f.days[static_cast<size_t>(a.index)]), a.actual);
    plot.canvas.draw->AddCircleFilled(c, r, th.surface);
    plot.canvas.draw->AddCircle(c, r, th.negative, 0, std::max(1.5f, 0.12f * em()));
    if (UiProbe* probe = current_probe())
      probe->item("trends.anomaly." + std::to_string(k), ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r));
    const ImVec2 m = plot.canvas.mouse;
    if (plot.canvas.hovered && std::fabs(m.x - c.x) <= r * 1.6f && std::fabs(m.y - c.y) <= r * 1.6f) hovered = static_cast<int>(k);
  }
  return hovered;
}

}  // namespace

void TrendsTab::draw_controls() {
  ImGui::AlignTextToFramePadding();
  muted_text("Show");
  ImGui::SameLine();
  if (segment("Revenue", !orders_, "trends.metric.revenue")) orders_ = false;
  ImGui::SameLine(0, 2);
  if (segment("Orders", orders_, "trends.metric.orders")) orders_ = true;
  ImGui::SameLine(0, 2 * em());
  muted_text("by");
  ImGui::SameLine();
  if (segment("Day", grain_ == Grain::kDay, "trends.grain.day")) grain_ = Grain::kDay;
  ImGui::SameLine(0, 2);
  if (segment("Week", grain_ == Grain::kWeek, "trends.grain.week")) grain_ = Grain::kWeek;
  ImGui::SameLine(0, 2);
  if (segment("Month", grain_ == Grain::kMonth, "trends.grain.month")) grain_ = Grain::kMonth;
  if (grain_ == Grain::kDay) {
    ImGui::SameLine(0, 2 * em());
    ImGui::Checkbox("7-day average", &ma7_);
    probe_item("trends.ma7");
    item_tooltip("Trailing mean of the last 7 calendar days (days without sales count as zero)");
    ImGui::SameLine();
    ImGui::Checkbox("28-day average", &ma28_);
    probe_item("trends.ma28");
  }
}

void TrendsTab::draw_series(const Trends& t, const forecast::Forecast* forecast, const std::string& currency) {
  const Theme& th = theme();
  const std::string name = orders_ ? "Orders" : "Revenue";
  charts::LineSeries main{name, {}, {}, th.accent};
  main.area = true;
  charts::LineSeries ma7{"7-day average", {}, {}, charts::category_color(1)};
  charts::LineSeries ma28{"28-day average", {}, {}, charts::category_color(2)};
  ma7.dashed = ma28.dashed = true;
  std::vector<std::string> titles;
  if (grain_ == Grain::kDay) {
    for (const DayPoint& d : t.daily) {
      main.x.push_back(d.day);
      main.y.push_back(metric(d.revenue, d.orders, orders_));
      ma7.x.push_back(d.day);
      ma28.x.push_back(d.day);
      if (orders_) {
        ma7.y.push_back(d.orders_ma7.value_or(NAN));
        ma28.y.push_back(d.orders_ma28.value_or(NAN));
      } else {
        ma7.y.push_back(d.revenue_ma7 ? money_to_double(*d.revenue_ma7) : NAN);
        ma28.y.push_back(d.revenue_ma28 ? money_to_double(*d.revenue_ma28) : NAN);
      }
      titles.push_back(charts::format_day_label(d.day, true));
    }
  } else if (grain_ == Grain::kWeek) {
    for (const WeekPoint& w : t.weekly) {
      main.x.push_back(w.start);
      main.y.push_back(metric(w.revenue, w.orders, orders_));
      titles.push_back("Week " + std::to_string(w.week.week) + " of " + std::to_string(w.week.year) + " (" +
                       charts::format_day_range(w.start, w.start + 6) + ")");
    }
  } else {
    for (const MonthPoint& m : t.monthly) {
      main.x.push_back(month_first_day(m.month));
      main.y.push_back(metric(m.revenue, m.orders, orders_));
      titles.push_back(format_month_label(m.month));
    }
  }
  std::vector<charts::LineSeries> series{main};
  if (grain_ == Grain::kDay && ma7_) series.push_back(ma7);
  if (grain_ == Grain::kDay && ma28_) series.push_back(ma28);
  // The forecast's anomalies, when they are points of this series' grain.
  const bool marks = forecast && forecast->fitted && (forecast->monthly ? grain_ == Grain::kMonth : grain_ == Grain::kDay);
  const std::vector<forecast::Anomaly>* anomalies =
      marks ? &(orders_ ? forecast->orders.anomalies : forecast->revenue.anomalies) : nullptr;
  std::vector<charts::LegendEntry> legend;
  for (const charts::LineSeries& s : series) legend.push_back({s.name, s.color});
  if (anomalies && !anomalies->empty()) legend.push_back({"Anomaly", th.negative});
  const float legend_w = 30 * em();
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - legend_w));
  charts::legend("##trends_legend", legend, legend_w);
  if (forecast && forecast->fitted && !marks)
    muted_text(std::string("Anomalies (robust z-score above 3.5 on the forecast's residuals) are marked on the ") +
               (forecast->monthly ? "monthly" : "daily") + " view.");
  double top = 0;
  for (double v : main.y) top = std::max(top, v);
  const charts::ValueFormat fmt = orders_ ? charts::ValueFormat::count() : charts::ValueFormat::money(currency);
  charts::PlotSpec spec;
  spec.status = charts::status_of(false, main.x.empty());
  spec.empty_text = "No sales under the current filter";
  if (!main.x.empty()) spec.x = charts::time_axis(static_cast<Day>(main.x.front()), static_cast<Day>(main.x.back()));
  spec.y = charts::value_axis(0, top, orders_ ? charts::ValueFormat::compact() : charts::ValueFormat::money_compact(currency), name);
  charts::Plot plot;
  if (!charts::begin_plot(plot, "##trends_chart", ImGui::GetContentRegionAvail(), spec)) return;
  const charts::ChartHit hit = charts::plot_lines(plot, series);
  const int anomaly = anomalies ? draw_anomalies(plot, *forecast, *anomalies) : -1;
  charts::end_plot(plot);
  if (anomaly >= 0) {
    const forecast::Anomaly& a = (*anomalies)[static_cast<size_t>(anomaly)];
    const Day day = forecast->days[static_cast<size_t>(a.index)];
    charts::chart_tooltip("Anomaly: " + (forecast->monthly ? format_month_label(month_index(day))
                                                           : charts::format_day_label(day, true)),
                          {{name, fmt(a.actual), th.negative},
                           {"Expected", fmt(a.expected)},
                           {"Robust z", format_fixed(a.z, 1)}});
    return;
  }
  if (hit.hovered < 0) return;
  const size_t i = static_cast<size_t>(hit.hovered);
  std::vector<charts::TooltipRow> rows{{name, fmt(main.y[i]), th.accent}};
  for (size_t k = 1; k < series.size(); ++k)
    rows.push_back({series[k].name, std::isnan(series[k].y[i]) ? std::string("(needs more days)") : fmt(series[k].y[i]), series[k].color});
  charts::chart_tooltip(titles[i], rows);
}

void TrendsTab::draw_year_over_year(const Trends& t, const std::string& currency) {
  std::vector<std::string> months;
  for (int m = 1; m <= 12; ++m) months.push_back(month_short_name(m));
  std::vector<charts::LineSeries> series;
  std::vector<charts::LegendEntry> legend;
  double top = 0;
  for (size_t k = 0; k < t.year_over_year.size(); ++k) {
    const YearRow& y = t.year_over_year[k];
    charts::LineSeries s{std::to_string(y.year), charts::band_centers(12), {}, charts::category_color(static_cast<int>(k))};
    s.markers = true;
    for (int m = 0; m < 12; ++m) {
      const double v = !y.in_range[static_cast<size_t>(m)] ? NAN
                       : orders_ ? static_cast<double>(y.orders[static_cast<size_t>(m)])
                                 : money_to_double(y.revenue[static_cast<size_t>(m)]);
      s.y.push_back(v);
      if (!std::isnan(v)) top = std::max(top, v);
    }
    legend.push_back({s.name, s.color});
    series.push_back(std::move(s));
  }
  charts::legend("##yoy_legend", legend, ImGui::GetContentRegionAvail().x);
  charts::PlotSpec spec;
  spec.status = charts::status_of(false, series.empty());
  spec.empty_text = "No sales under the current filter";
  spec.x = charts::category_axis(months);
  spec.y = charts::value_axis(0, top, orders_ ? charts::ValueFormat::compact() : charts::ValueFormat::money_compact(currency));
  charts::Plot plot;
  if (!charts::begin_plot(plot, "##yoy_chart", ImGui::GetContentRegionAvail(), spec)) return;
  const charts::ChartHit hit = charts::plot_lines(plot, series);
  charts::end_plot(plot);
  if (hit.hovered < 0 || hit.hovered >= 12) return;
  const charts::ValueFormat fmt = orders_ ? charts::ValueFormat::count() : charts::ValueFormat::money(currency);
  std::vector<charts::TooltipRow> rows;
  for (const charts::LineSeries& s : series) {
    const double v = s.y[static_cast<size_t>(hit.hovered)];
    rows.push_back({s.name, std::isnan(v) ? std::string("-") : fmt(v), s.color});
  }
  charts::chart_tooltip(months[static_cast<size_t>(hit.hovered)], rows);
}

void TrendsTab::draw_weekday_hour(const Trends& t, const std::string& currency) {
  const WeekdayHour& w = t.weekday_hour;
  int64_t timed = 0;
  for (int64_t n : w.lines) timed += n;
  charts::HeatmapSpec spec;
  spec.format = orders_ ? charts::ValueFormat::count() : charts::ValueFormat::money_compact(currency);
  spec.legend_title = orders_ ? "Orders" : "Revenue";
  spec.row_title = "Weekday";
  spec.empty_text = "No sales under the current filter";
  for (int d = 0; d < 7; ++d) spec.row_labels.push_back(weekday_short_name(d));
  spec.rows = 7;
  if (timed > 0) {
    spec.cols = 24;
    spec.col_title = "Hour";
    spec.cell_labels = ImGui::GetContentRegionAvail().x > 70 * em();
    for (int h = 0; h < 24; ++h) spec.col_labels.push_back(std::to_string(h));
    for (int c = 0; c < 168; ++c)
      spec.values.push_back(orders_ ? static_cast<double>(w.orders[static_cast<size_t>(c)])
                                    : money_to_double(w.revenue[static_cast<size_t>(c)]));
    if (w.lines_without_time > 0)
      muted_text(format_count(w.lines_without_time) + " sale lines without a time of day are left out of this grid.");
  } else {
    // No times of day: the weekday alone, from the daily series.
    muted_text("The data has no time of day, so hours cannot be shown: sales by weekday instead.");
    spec.cols = 1;
    spec.col_labels = {"All day"};
    spec.values.assign(7, 0.0);
    for (const DayPoint& d : t.daily) spec.values[static_cast<size_t>(iso_weekday(d.day))] += metric(d.revenue, d.orders, orders_);
    if (t.daily.empty()) spec.values.clear();
  }
  spec.status = charts::status_or_empty(charts::ChartStatus::kReady, spec.values.empty());
  charts::heatmap("##weekday_hour", ImGui::GetContentRegionAvail(), spec);
}

void TrendsTab::draw_decomposition(const forecast::Forecast* forecast, const std::string& currency) {
  if (!forecast || !forecast->fitted) {
    muted_text(forecast ? "Not available: " + forecast->note : std::string("Not available"));
    return;
  }
  const forecast::Forecast& f = *forecast;
  const forecast::Decomposition& d = (orders_ ? f.orders : f.revenue).decomposition;
  if (d.trend.empty()) {
    muted_text("Not available: too short a history");
    return;
  }
  const Theme& th = theme();
  const float e = em();
  const std::string unit = f.monthly ? "month" : "day";
  // "2×12-month": an even season's centred average is a 2×m one (metrics.md).
  const std::string window = (f.season % 2 ? "" : "2\xC3\x97") + std::to_string(f.season) + "-" + unit;
  // The forecast's model (the Predict tab draws the forecast) and both
  // models' backtest sMAPE, the figures it was chosen by.
  const forecast::SeriesForecast& sf = orders_ ? f.orders : f.revenue;
  // One decimal, two when one would show the two models equal (the choice is
  // on the unrounded figures).
  const int dp = format_fixed(sf.additive_smape, 1) == format_fixed(sf.multiplicative_smape, 1) ? 2 : 1;
  auto pct = [dp](double v) { return std::isnan(v) ? std::string("n/a") : format_fixed(v, dp) + "%"; };
  muted_text("Forecast model: " + sf.model + " Holt-Winters, " + (f.monthly ? "yearly" : "weekly") + " season");
  muted_text("Backtest sMAPE: additive " + pct(sf.additive_smape) + ", multiplicative " + pct(sf.multiplicative_smape));
  probe_item("trends.decomposition.model");
  item_tooltip("Both models forecast the last " + std::to_string(f.horizon) + (f.monthly ? " months" : " days") +
               " from the history before them; the one with the lower sMAPE forecasts (a tie: additive). "
               "Multiplicative (n/a) needs every " + unit + " above zero.");
  const charts::ValueFormat axis_fmt = orders_ ? charts::ValueFormat::compact() : charts::ValueFormat::money_compact(currency);
  const charts::ValueFormat fmt = orders_ ? charts::ValueFormat::fixed(1) : charts::ValueFormat::money(currency);
  auto range = [](const std::vector<double>& v, double& lo, double& hi) {
    lo = 0, hi = 0;
    for (double x : v)
      if (!std::isnan(x)) lo = std::min(lo, x), hi = std::max(hi, x);
  };
  std::vector<double> x;
  for (Day day : f.days) x.push_back(day);
  auto title_of = [&](size_t i) {
    return f.monthly ? format_month_label(month_index(f.days[i])) : charts::format_day_label(f.days[i], true);
  };
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  const float top_h = std::floor((avail.y - gap) * 0.5f), bottom_h = avail.y - gap - top_h;
  // Trend over the series' span.
  {
    double lo, hi;
    range(d.trend, lo, hi);
    charts::PlotSpec spec;
    spec.x = charts::time_axis(f.days.front(), f.days.back());
    spec.y = charts::value_axis(lo, hi, axis_fmt, "Trend (centred " + window + " average)");
    charts::Plot plot;
    if (charts::begin_plot(plot, "##decomp_trend", ImVec2(avail.x, top_h), spec)) {
      const charts::ChartHit hit = charts::plot_lines(plot, {{"Trend", x, d.trend, th.accent}});
      charts::end_plot(plot);
      if (hit.hovered >= 0) {
        const size_t i = static_cast<size_t>(hit.hovered);
        charts::chart_tooltip(title_of(i), {{"Trend", std::isnan(d.trend[i]) ? std::string("(series end)") : fmt(d.trend[i]), th.accent}});
      }
    }
    probe_item("trends.decomposition.trend");
  }
  // Seasonal indices by slot, and the residuals over time.
  const float season_w = std::floor((avail.x - e) * 0.4f);
  {
    double lo, hi;
    range(d.index, lo, hi);
    charts::PlotSpec spec;
    spec.x = charts::category_axis(f.season_labels);
    spec.y = charts::value_axis(lo, hi, axis_fmt, "Seasonal");
    charts::Plot plot;
    if (charts::begin_plot(plot, "##decomp_season", ImVec2(season_w, bottom_h), spec)) {
      const charts::ChartHit hit = charts::plot_bars(plot, {{"Seasonal", d.index, charts::category_color(1)}});
      charts::end_plot(plot);
      if (hit.hovered >= 0 && static_cast<size_t>(hit.hovered) < d.index.size())
        charts::chart_tooltip(f.season_labels[static_cast<size_t>(hit.hovered)],
                              {{"Seasonal index", fmt(d.index[static_cast<size_t>(hit.hovered)]), charts::category_color(1)}});
    }
    probe_item("trends.decomposition.seasonal");
  }
  ImGui::SameLine(0, e);
  {
    double lo, hi;
    range(d.residual, lo, hi);
    charts::PlotSpec spec;
    spec.x = charts::time_axis(f.days.front(), f.days.back());
    spec.y = charts::value_axis(lo, hi, axis_fmt, "Residual");
    charts::Plot plot;
    if (charts::begin_plot(plot, "##decomp_residual", ImVec2(ImGui::GetContentRegionAvail().x, bottom_h), spec)) {
      const charts::ChartHit hit = charts::plot_lines(plot, {{"Residual", x, d.residual, charts::category_color(2)}});
      charts::end_plot(plot);
      if (hit.hovered >= 0) {
        const size_t i = static_cast<size_t>(hit.hovered);
        charts::chart_tooltip(title_of(i), {{"Residual", std::isnan(d.residual[i]) ? std::string("(series end)") : fmt(d.residual[i]),
                                             charts::category_color(2)}});
      }
    }
    probe_item("trends.decomposition.residual");
  }
}

void TrendsTab::draw(const Trends& t, const forecast::Forecast* forecast, const std::string& currency) {
  const float e = em();
  draw_controls();
  const float h = ImGui::GetContentRegionAvail().y;
  const float top_h = std::max(14 * e, std::floor(h * 0.5f));
  begin_card("trends_series", orders_ ? "Orders over time" : "Revenue over time", ImVec2(0, top_h));
  draw_series(t, forecast, currency);
  end_card();
  const float bottom_h = std::max(12 * e, ImGui::GetContentRegionAvail().y);
  const float w = column_width(3);
  begin_card("trends_yoy", "Year over year", ImVec2(w, bottom_h));
  draw_year_over_year(t, currency);
  end_card();
  ImGui::SameLine();
  begin_card("trends_heat", "Weekday \xC3\x97 hour", ImVec2(w, bottom_h));
  draw_weekday_hour(t, currency);
  end_card();
  ImGui::SameLine();
  begin_card("trends_decomposition", orders_ ? "Orders decomposition" : "Revenue decomposition", ImVec2(w, bottom_h));
  draw_decomposition(forecast, currency);
  end_card();
}

}  // namespace starcart
