#include "ui/panels/cohorts_tab.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/format.h"
#include "ui/charts/cohort_curve.h"
#include "ui/charts/heatmap.h"
#include "ui/charts/lines.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

const char* measure_label(CohortMeasure m) {
  switch (m) {
    case CohortMeasure::kCustomers: return "Customers";
    case CohortMeasure::kRetention: return "Retention %";
    case CohortMeasure::kRevenue: return "Revenue";
  }
  return "";
}

const char* measure_key(CohortMeasure m) {
  switch (m) {
    case CohortMeasure::kCustomers: return "customers";
    case CohortMeasure::kRetention: return "retention";
    case CohortMeasure::kRevenue: return "revenue";
  }
  return "";
}

}  // namespace

bool CohortsTab::draw(const Cohorts& c, const std::string& currency, Filter& filter, bool loading) {
  const Theme& t = theme();
  const float e = em();
  bool changed = false;
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const float heat_h = std::max(18.0f * e, (avail_h - gap) * 0.7f);
  const float curve_h = std::max(11.0f * e, avail_h - heat_h - gap);

  begin_card("cohort_heatmap", "Cohorts: customers by month of first order", ImVec2(0, heat_h));
  // The measure switch, right-aligned on the title line.
  const CohortMeasure measures[] = {CohortMeasure::kCustomers, CohortMeasure::kRetention, CohortMeasure::kRevenue};
  float w = 0;
  for (CohortMeasure m : measures) w += button_width(measure_label(m)) + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - w + ImGui::GetStyle().ItemSpacing.x);
  for (CohortMeasure m : measures) {
    ImGui::PushID(measure_key(m));
    const bool on = measure_ == m;
    if (on ? primary_button(measure_label(m)) : secondary_button(measure_label(m))) measure_ = m;
    ImGui::PopID();
    probe_item(std::string("cohorts.measure.") + measure_key(m));
    ImGui::SameLine();
  }
  ImGui::NewLine();

  // The grid: a row per cohort, a column per month since the first order.
  const int rows = static_cast<int>(c.rows.size());
  int cols = 0;
  for (const CohortRow& r : c.rows) cols = std::max(cols, static_cast<int>(r.active.size()));
  charts::HeatmapSpec hm;
  hm.rows = rows;
  hm.cols = cols;
  hm.values.assign(static_cast<size_t>(rows) * static_cast<size_t>(cols), NAN);
  std::vector<double> later;  // retention after month 0 (month 0 is always 100 %)
  for (int i = 0; i < rows; ++i) {
    const CohortRow& r = c.rows[static_cast<size_t>(i)];
    hm.row_labels.push_back(format_month_label(r.cohort));
    for (size_t k = 0; k < r.active.size(); ++k) {
      double v = 0;
      switch (measure_) {
        case CohortMeasure::kCustomers: v = static_cast<double>(r.active[k]); break;
        case CohortMeasure::kRetention:
          v = r.retention[k];
          if (k > 0) later.push_back(v);
          break;
        case CohortMeasure::kRevenue: v = money_to_double(r.revenue[k]); break;
      }
      hm.values[static_cast<size_t>(i) * static_cast<size_t>(cols) + k] = v;
    }
    if (filter.cohort && *filter.cohort == r.cohort) hm.selected = i * cols;
  }
  for (int k = 0; k < cols; ++k) hm.col_labels.push_back(std::to_string(k));
  switch (measure_) {
    case CohortMeasure::kCustomers:
      hm.format = charts::ValueFormat::compact();
      hm.scale = charts::fit_color_scale(hm.values);
      hm.legend_title = "Active customers";
      break;
    case CohortMeasure::kRetention:
      hm.format = charts::ValueFormat::percent(1);
      // Month 0 is 100 % by definition: the colours spread over the later months.
      hm.scale.lo = 0;
      hm.scale.hi = 1;
      if (!later.empty()) hm.scale.hi = *std::max_element(later.begin(), later.end());
      if (!(hm.scale.hi > 0)) hm.scale.hi = 1;
      hm.legend_title = "Retention (colours span 0 % to the highest after month 0, which is 100 % by definition)";
      break;
    case CohortMeasure::kRevenue:
      hm.format = charts::ValueFormat::money_compact(currency);
      hm.scale = charts::fit_color_scale(hm.values);
      hm.legend_title = "Revenue";
      break;
  }
  hm.row_title = "Cohort";
  hm.col_title = "Months since the first order";
  hm.status = charts::status_of(loading, rows == 0);
  hm.empty_text = "No customers under the current filter (guest orders are in no cohort)";
  hm.tooltip = false;
  const charts::ChartHit hit = charts::heatmap("##cohort_heatmap", ImGui::GetContentRegionAvail(), hm);
  if (hit.hovered >= 0 && cols > 0) {
    const CohortRow& r = c.rows[static_cast<size_t>(hit.hovered / cols)];
    const size_t k = static_cast<size_t>(hit.hovered % cols);
    if (k < r.active.size()) {
      const bool same = filter.cohort && *filter.cohort == r.cohort;
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      charts::chart_tooltip(
          "Cohort " + format_month_label(r.cohort) + ", month " + std::to_string(k) + " (" +
              format_month_label(r.cohort + static_cast<MonthIndex>(k)) + ")",
          {{"Customers in the cohort", format_count(r.size)},
           {"Active in that month", format_count(r.active[k]), measure_ == CohortMeasure::kCustomers ? t.accent : 0},
           {"Retention", format_percent(r.retention[k]), measure_ == CohortMeasure::kRetention ? t.accent : 0},
           {"Revenue", format_money_whole(r.revenue[k], currency), measure_ == CohortMeasure::kRevenue ? t.accent : 0},
           {"Value per customer so far", format_money(r.value[k], currency)},
           {"", same ? "Click to show every cohort" : "Click to filter every panel to this cohort"}});
    }
  }
  if (hit.clicked >= 0 && cols > 0) {
    const CohortRow& r = c.rows[static_cast<size_t>(hit.clicked / cols)];
    if (static_cast<size_t>(hit.clicked % cols) < r.active.size()) {
      if (filter.cohort && *filter.cohort == r.cohort) filter.cohort.reset();
      else filter.cohort = r.cohort;
      changed = true;
    }
  }
  end_card();

  // The average retention curve: weighted by cohort size, each month over
  // the cohorts old enough to have it.
  begin_card("retention_curve", "Average retention by months since the first order", ImVec2(0, curve_h));
  std::vector<std::vector<int64_t>> active;
  std::vector<int64_t> sizes;
  for (const CohortRow& r : c.rows) {
    active.push_back(r.active);
    sizes.push_back(r.size);
  }
  const std::vector<charts::CohortCurvePoint> curve = charts::average_retention(active, sizes);
  std::vector<std::string> labels;
  charts::LineSeries line{"Average retention", charts::band_centers(static_cast<int>(curve.size())), {}, t.accent};
  line.area = true;
  line.markers = true;
  for (size_t k = 0; k < curve.size(); ++k) {
    labels.push_back(std::to_string(k));
    line.y.push_back(curve[k].retention);
  }
  charts::PlotSpec spec;
  spec.status = charts::status_of(loading, curve.empty());
  spec.empty_text = "No customers under the current filter";
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, 1, charts::ValueFormat::percent(0), "Active customers");
  charts::Plot plot;
  if (charts::begin_plot(plot, "##retention_curve_chart", ImGui::GetContentRegionAvail(), spec)) {
    const charts::ChartHit lh = charts::plot_lines(plot, {line});
    charts::end_plot(plot);
    if (lh.hovered >= 0) {
      const charts::CohortCurvePoint& p = curve[static_cast<size_t>(lh.hovered)];
      charts::chart_tooltip("Month " + std::to_string(lh.hovered) + " after the first order",
                            {{"Average retention", format_percent(p.retention), t.accent},
                             {"Cohorts old enough", format_count(p.cohorts)},
                             {"Their customers", format_count(p.customers)}});
    }
  }
  end_card();
  return changed;
}

}  // namespace starcart
