#include "ui/panels/returns_tab.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/legend.h"
#include "ui/charts/lines.h"
#include "ui/charts/palette.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/panels/kpi_card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

std::string rate_text(const std::optional<double>& r) { return r ? format_percent(*r) : std::string("-"); }

// Relative change against the previous period (nullopt without one).
std::optional<double> change(std::optional<double> now, std::optional<double> before) {
  if (!now || !before || *before == 0) return std::nullopt;
  return (*now - *before) / *before;
}

// A table of return groups: name, value, lines, rate by value; at most `limit` rows.
void group_table(const char* id, const char* what, const std::vector<ReturnRow>& rows, bool products, const std::string& currency) {
  if (rows.empty()) {
    charts::chart_placeholder((std::string("##") + id + "_empty").c_str(), ImGui::GetContentRegionAvail(),
                              charts::ChartStatus::kEmpty, "No returns under the current filter");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id, 4, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(what, 0, 1.8f);
  ImGui::TableSetupColumn("Returned", 0, 0.9f);
  ImGui::TableSetupColumn("Lines", 0, 0.5f);
  ImGui::TableSetupColumn("Rate", 0, 0.55f);
  table_headers_row(~uint64_t{0} << 1);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ReturnRow& r = rows[static_cast<size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      std::string label = r.key.empty() ? std::string("(not given)") : std::string(r.key);
      if (products && !r.name.empty()) label += "  " + std::string(r.name);
      ImGui::TextUnformatted(fit_text(label).c_str());  // shortened with "…"; whole in the tooltip
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\nReturned %s in %s lines (%s units)\nSold %s in %s lines\nRate by value %s, by lines %s",
                          label.c_str(), format_money(r.return_value, currency).c_str(), format_count(r.return_lines).c_str(),
                          format_count(r.return_units).c_str(), format_money(r.revenue, currency).c_str(),
                          format_count(r.sale_lines).c_str(), rate_text(r.rate_value).c_str(), rate_text(r.rate_lines).c_str());
      ImGui::TableNextColumn();
      number_cell_text(format_money_whole(r.return_value, currency));
      ImGui::TableNextColumn();
      number_cell_text(format_count(r.return_lines));
      ImGui::TableNextColumn();
      number_cell_text(rate_text(r.rate_value));
    }
  ImGui::EndTable();
}

}  // namespace

void ReturnsTab::draw(Analyzer& a, uint64_t generation, const std::string& currency) {
  if (!detail_ || detail_generation_ != generation || !filters_equal(detail_filter_, a.filter())) {
    detail_ = compute_returns_detail(a.index(), a.slice().lines);
    detail_filter_ = a.filter();
    detail_generation_ = generation;
  }
  draw(a.returns(), *detail_, currency, &a.overview());
}

void ReturnsTab::draw(const Returns& r, const ReturnsDetail& d, const std::string& currency, const Overview* o) {
  const float e = em();
  std::vector<double> monthly_value, monthly_rate;
  std::vector<std::string> labels;
  for (const ReturnMonth& m : d.monthly) {
    monthly_value.push_back(money_to_double(m.return_value));
    monthly_rate.push_back(m.rate_value ? *m.rate_value : NAN);
    const CivilDate c = civil_from_days(month_first_day(m.month));
    labels.push_back(c.month == 1 || labels.empty() ? format_month_label(m.month) : month_short_name(c.month));
  }
  auto spark = [&](const std::vector<double>& v, charts::ValueFormat f) {
    charts::SparklineSpec s;
    s.values = v;
    for (const ReturnMonth& m : d.monthly) s.labels.push_back(format_month_label(m.month));
    s.format = std::move(f);
    return s;
  };
  // Against the previous period of the same length, as on the Overview.
  const Kpis* now = o ? &o->kpis : nullptr;
  const Kpis* before = o ? &o->previous_kpis : nullptr;
  auto money_of = [](const Kpis* k) { return k ? std::optional<double>(money_to_double(k->return_value)) : std::nullopt; };
  auto lines_of = [](const Kpis* k) { return k ? std::optional<double>(static_cast<double>(k->return_lines)) : std::nullopt; };
  const std::string vs = "vs the previous period";
  const KpiCardData cards[] = {
      {"Returned value", format_money_whole(r.return_value, currency), change(money_of(now), money_of(before)), false, vs,
       spark(monthly_value, charts::ValueFormat::money_whole(currency))},
      {"Return rate (value)", rate_text(r.rate_value),
       change(now ? now->return_rate_value : std::nullopt, before ? before->return_rate_value : std::nullopt), false, vs,
       spark(monthly_rate, charts::ValueFormat::percent())},
      {"Return rate (lines)", rate_text(r.rate_lines),
       change(now ? now->return_rate_lines : std::nullopt, before ? before->return_rate_lines : std::nullopt), false, vs, {}},
      {"Return lines", format_count(r.return_lines), change(lines_of(now), lines_of(before)), false, vs, {}},
  };
  const int per_row = ImGui::GetContentRegionAvail().x < 52 * e ? 2 : 4;
  const float cw = column_width(per_row);
  for (int i = 0; i < 4; ++i) {
    if (i % per_row != 0) ImGui::SameLine();
    draw_kpi_card(("ret_kpi" + std::to_string(i)).c_str(), cards[i], ImVec2(cw, kpi_card_height()));
  }

  const float left = ImGui::GetContentRegionAvail().y;
  const float chart_h = std::max(12 * e, std::floor(left * 0.45f));
  begin_card("ret_trend", "Returns by month", ImVec2(0, chart_h));
  ImGui::SameLine(ImGui::GetContentRegionMax().x - 16 * e);
  charts::legend("##ret_legend", {{"Returned value", charts::category_color(5)}, {"Rate by value", charts::category_color(1)}}, 16 * e);
  double top = 0, top_rate = 0;
  for (size_t i = 0; i < monthly_value.size(); ++i) {
    top = std::max(top, monthly_value[i]);
    if (!std::isnan(monthly_rate[i])) top_rate = std::max(top_rate, monthly_rate[i]);
  }
  charts::PlotSpec spec;
  spec.status = charts::status_of(false, r.return_lines == 0);
  spec.empty_text = "No returns under the current filter";
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, top, charts::ValueFormat::money_compact(currency), "Returned");
  spec.has_y2 = true;
  spec.y2 = charts::value_axis(0, top_rate, charts::ValueFormat::percent(0), "Rate");
  charts::Plot plot;
  if (charts::begin_plot(plot, "##returns_chart", ImGui::GetContentRegionAvail(), spec)) {
    const charts::ChartHit hit = charts::plot_bars(plot, {{"Returned value", monthly_value, charts::category_color(5)}});
    charts::LineSeries rate{"Rate by value", charts::band_centers(static_cast<int>(monthly_rate.size())), monthly_rate,
                            charts::category_color(1)};
    rate.right_axis = true;
    rate.markers = plot.band() > 1.4f * e;
    charts::plot_lines(plot, {rate});
    charts::end_plot(plot);
    if (hit.hovered >= 0) {
      const ReturnMonth& m = d.monthly[static_cast<size_t>(hit.hovered)];
      charts::chart_tooltip(format_month_label(m.month),
                            {{"Returned", format_money(m.return_value, currency), charts::category_color(5)},
                             {"Return lines", format_count(m.return_lines)},
                             {"Sales revenue", format_money(m.revenue, currency)},
                             {"Rate by value", rate_text(m.rate_value), charts::category_color(1)}});
    }
  }
  end_card();

  // The groups: products, categories, countries (and reasons when the data has them).
  const int groups = d.has_reasons ? 4 : 3;
  const float gw = column_width(groups), gh = std::max(10 * e, ImGui::GetContentRegionAvail().y);
  begin_card("ret_products", "Most returned products", ImVec2(gw, gh));
  group_table("ret_product_table", "Product", r.by_product, true, currency);
  end_card();
  ImGui::SameLine();
  begin_card("ret_categories", "Categories", ImVec2(gw, gh));
  group_table("ret_category_table", "Category", r.by_category, false, currency);
  end_card();
  ImGui::SameLine();
  begin_card("ret_countries", "Countries", ImVec2(gw, gh));
  group_table("ret_country_table", "Country", r.by_country, false, currency);
  end_card();
  if (d.has_reasons) {
    ImGui::SameLine();
    begin_card("ret_reasons", "Reasons", ImVec2(gw, gh));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("ret_reason_table", 3, flags, ImGui::GetContentRegionAvail())) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn("Reason", 0, 1.6f);
      ImGui::TableSetupColumn("Returned", 0, 0.9f);
      ImGui::TableSetupColumn("Share", 0, 0.6f);
      table_headers_row(column_bit(1) | column_bit(2));
      for (const ReasonRow& x : d.reasons) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_cell(x.id == 0 ? std::string("(no reason given)") : std::string(x.reason));
        ImGui::TableNextColumn();
        number_cell_text(format_money_whole(x.return_value, currency));
        ImGui::TableNextColumn();
        number_cell_text(format_percent(x.value_share));
      }
      ImGui::EndTable();
    }
    end_card();
  }
}

}  // namespace starcart
