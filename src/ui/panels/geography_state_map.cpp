// The Geography tab's state map (issue 11): revenue by state of the United
// States or Brazil on the chart kit's choropleth (the world map's code, fed
// a state MapGeometry), with the tab's tooltip (state, code, revenue, share,
// orders, customers) and a click that filters every panel to the state.
#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/choropleth.h"
#include "ui/charts/heatmap.h"
#include "ui/charts/legend.h"
#include "ui/charts/geo/state_geometry.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/geography_tab.h"
#include "ui/probe.h"
#include "ui/state_filter.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

const StateMapRow* row_of(const StateMap& m, int numeric) {
  for (const StateMapRow& r : m.rows)
    if (r.state->numeric == numeric) return &r;
  return nullptr;
}

}  // namespace

void GeographyTab::draw_state_map(const StateMapView& v, const Filter& filter, const std::string& currency,
                                  GeographyClick& click) {
  const StateMap& m = *v.data;
  const charts::geo::MapGeometry* shapes = v.shapes;
  const StateInfo* selected = filtered_state(filter, m.country);
  std::string note = "Hover a state for its figures; click to filter every panel to it (click again to clear).";
  if (m.unknown_revenue > 0)
    note += " " + format_money_whole(m.unknown_revenue, currency) + " has no recognised state.";
  muted_text(note);
  charts::ChoroplethSpec spec;
  spec.world = shapes;
  spec.format = charts::ValueFormat::money_compact(currency);
  spec.value_name = "Revenue";
  spec.tooltip = false;
  spec.empty_text = "No sales in a known state under the current filter";
  if (shapes) {
    spec.values.assign(shapes->countries.size(), std::nan(""));
    for (const StateMapRow& r : m.rows) {
      const int i = shapes->find(r.state->numeric);
      if (i >= 0 && r.revenue > 0) spec.values[static_cast<size_t>(i)] = money_to_double(r.revenue);
    }
    // States differ less than countries do (one country's market): a linear scale reads truer.
    spec.scale = charts::fit_color_scale(spec.values, false);
    spec.scale.lo = std::min(0.0, spec.scale.lo);  // from nothing: twice the colour step is twice the revenue
    if (selected) spec.selected = shapes->find(selected->numeric);
  }
  spec.status = charts::status_of(shapes == nullptr, m.rows.empty());
  // The US map is about 1.6:1, Brazil's about 1.1:1; the card's spare height stays below.
  const ImVec2 area = ImGui::GetContentRegionAvail();
  const float aspect = shapes ? static_cast<float>((shapes->max.y - shapes->min.y) / std::max(1e-9, shapes->max.x - shapes->min.x))
                              : 0.62f;
  const float legend_h = charts::color_legend_height(true) + 0.4f * em();
  const charts::ChartHit hit = charts::choropleth(
      "##geo_state_map_chart", ImVec2(area.x, std::min(area.y, area.x * aspect + legend_h)), spec);
  if (!shapes) return;
  if (spec.status == charts::ChartStatus::kReady && current_probe()) {
    std::vector<std::pair<std::string, int>> keyed;  // "geo.state.<code>": states with sales
    for (const StateMapRow& r : m.rows)
      if (r.revenue > 0) keyed.emplace_back("geo.state." + std::string(r.state->code), r.state->numeric);
    probe_map_shapes(*shapes, "chart.geo_state_map_chart", keyed);
  }
  if (hit.hovered >= 0) {
    const charts::geo::CountryShape& shape = shapes->countries[static_cast<size_t>(hit.hovered)];
    const StateInfo* info = charts::geo::state_of_shape(shape, m.country);
    const std::string title = info ? shape.name + " (" + std::string(info->code) + ")" : shape.name;
    if (const StateMapRow* row = row_of(m, shape.numeric)) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      charts::chart_tooltip(title, {{"Revenue", format_money(row->revenue, currency), theme().accent},
                                    {"Share", format_percent(row->revenue_share)},
                                    {"Orders", format_count(row->orders)},
                                    {"Customers", format_count(row->customers)},
                                    {"", selected == row->state ? "Click to show every state" : "Click to filter to this state"}});
    } else {
      charts::chart_tooltip(title, {{"", "No sales under the current filter"}});
    }
  }
  if (hit.clicked >= 0) {
    const charts::geo::CountryShape& shape = shapes->countries[static_cast<size_t>(hit.clicked)];
    click.state_info = charts::geo::state_of_shape(shape, m.country);
    click.state = row_of(m, shape.numeric);
  }
}

void GeographyTab::draw_state_rows(const StateMap& m, const Filter& filter, const std::string& currency,
                                   GeographyClick& click) {
  const StateInfo* selected = filtered_state(filter, m.country);
  if (m.unknown_revenue > 0)
    muted_text(format_money_whole(m.unknown_revenue, currency) + " of " + (m.country == "US" ? "the US" : "Brazil") +
               " has no recognised state.");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("geo_state_map_table", 6, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("State", 0, 1.6f);
  ImGui::TableSetupColumn("Code", 0, 0.5f);
  ImGui::TableSetupColumn("Revenue", 0, 1.0f);
  ImGui::TableSetupColumn("Share", 0, 0.6f);
  ImGui::TableSetupColumn("Orders", 0, 0.7f);
  ImGui::TableSetupColumn("Customers", 0, 0.8f);
  ImGui::TableHeadersRow();
  for (const StateMapRow& r : m.rows) {  // by revenue, descending
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string name(r.state->name);
    if (ImGui::Selectable((name + "##geo_state_row").c_str(), selected == r.state, ImGuiSelectableFlags_SpanAllColumns)) {
      click.state = &r;
      click.state_info = r.state;
    }
    probe_item("geo.state_row." + std::string(r.state->code));
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", selected == r.state ? "Click to show every state" : "Click to filter to this state");
    ImGui::TableNextColumn();
    muted_text(std::string(r.state->code));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_money_whole(r.revenue, currency).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_percent(r.revenue_share).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_count(r.orders).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_count(r.customers).c_str());
  }
  ImGui::EndTable();
}

}  // namespace starcart
