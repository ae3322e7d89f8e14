#include "ui/panels/geography_tab.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/format.h"
#include "ui/charts/choropleth.h"
#include "ui/charts/heatmap.h"
#include "ui/charts/legend.h"
#include "ui/charts/tooltip.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

std::string country_label(const CountryRow& c) { return c.country == 0 ? std::string("(no country)") : std::string(c.name); }

// The one country the filter keeps, or "".
std::string filtered_country(const Filter& f) {
  const auto& v = filter_values(f, Dimension::kCountry);
  return v.size() == 1 ? v[0] : std::string();
}

}  // namespace

void GeographyTab::probe_map_shapes(const charts::geo::MapGeometry& map, const std::string& canvas,
                                    const std::vector<std::pair<std::string, int>>& keyed_ids) {
  UiProbe* probe = current_probe();
  if (!probe) return;
  const auto it = probe->items().find(canvas);  // the canvas choropleth() reserved
  if (it == probe->items().end()) return;
  const ImVec2 a(it->second.x, it->second.y), b(it->second.x + it->second.w, it->second.y + it->second.h);
  const float legend_h = charts::color_legend_height(true) + 0.4f * em();
  const charts::MapTransform tf = charts::fit_map(map, a, ImVec2(b.x, std::max(a.y + 1, b.y - legend_h)));
  const float r = 0.15f * em();
  for (const auto& [key, id] : keyed_ids) {
    const int i = map.find(id);
    if (i < 0) continue;
    const ImVec2 p = tf.to_screen(charts::geo::inner_point(map.countries[static_cast<size_t>(i)]));
    probe->item(key, ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r));
  }
}

void GeographyTab::draw_world_map(const Geography& g, const charts::geo::WorldGeometry* world, const Filter& filter,
                                  const std::string& currency, std::optional<std::string>& clicked) {
  const std::string selected = filtered_country(filter);
  // Wrapped: at 1,024 px the card leaves the tables 34 em and the line ran past its edge.
  muted_wrapped(world ? "Hover a country for its figures; click to filter every panel to it (click again to clear)."
                      : "The world map could not be built.");
  charts::ChoroplethSpec spec;
  spec.world = world;
  spec.format = charts::ValueFormat::money_compact(currency);
  spec.value_name = "Revenue";
  spec.tooltip = false;
  spec.empty_text = "No sales in a known country under the current filter";
  std::vector<int> numeric;
  std::vector<double> values;
  for (const CountryRow& c : g.countries)
    if (c.known && c.numeric > 0 && c.revenue > 0) numeric.push_back(c.numeric), values.push_back(money_to_double(c.revenue));
  if (world) {
    spec.values = charts::values_by_numeric(*world, numeric, values);
    // Revenue spans decades (one home market, many small ones): a log scale
    // keeps the small countries apart.
    spec.scale = charts::fit_color_scale(spec.values, true);
    for (const CountryRow& c : g.countries)
      if (!selected.empty() && c.name == selected && c.numeric > 0) spec.selected = world->find(c.numeric);
  }
  spec.status = charts::status_of(world == nullptr, numeric.empty());
  // The map keeps its shape (about 2:1); the card's spare height stays below it.
  const ImVec2 area = ImGui::GetContentRegionAvail();
  const charts::ChartHit hit = charts::choropleth("##geo_map_chart", ImVec2(area.x, std::min(area.y, area.x * 0.62f)), spec);
  if (world && spec.status == charts::ChartStatus::kReady && current_probe()) {
    std::vector<std::pair<std::string, int>> keyed;  // "geo.map.<name>": countries with sales
    for (const CountryRow& c : g.countries)
      if (c.numeric > 0 && c.revenue > 0) keyed.emplace_back("geo.map." + std::string(c.name), c.numeric);
    probe_map_shapes(*world, "chart.geo_map_chart", keyed);
  }
  if (world && hit.hovered >= 0) {
    const charts::geo::CountryShape& shape = world->countries[static_cast<size_t>(hit.hovered)];
    const CountryRow* row = nullptr;
    for (const CountryRow& c : g.countries)
      if (c.numeric == shape.numeric && c.numeric > 0) row = &c;
    if (row) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      charts::chart_tooltip(shape.name, {{"Revenue", format_money(row->revenue, currency), theme().accent},
                                         {"Share", format_percent(row->revenue_share)},
                                         {"Orders", format_count(row->orders)},
                                         {"Customers", format_count(row->customers)},
                                         {"Returns", format_money(row->return_value, currency)},
                                         {"", selected == row->name ? "Click to show every country" : "Click to filter to this country"}});
    } else {
      charts::chart_tooltip(shape.name, {{"", "No sales under the current filter"}});
    }
  }
  if (world && hit.clicked >= 0) {
    const int num = world->countries[static_cast<size_t>(hit.clicked)].numeric;
    for (const CountryRow& c : g.countries)
      if (c.numeric == num && num > 0) clicked = std::string(c.name);
  }
}

GeographyClick GeographyTab::draw(const Geography& g, const charts::geo::WorldGeometry* world, const StateMapView& states_view,
                                  const Filter& filter, const std::string& currency) {
  GeographyClick click;
  std::optional<std::string>& clicked = click.country;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  // The table needs about 34 em for its figures and names (at 30 em, 1,024
  // px, the names were cut to "Uni…"); the map takes the rest.
  const float map_w = std::floor(std::min((avail.x - gap) * 0.58f, avail.x - gap - 34 * em()));

  // A state map when the selection is mostly the US or Brazil and its shapes
  // can be had (while they load, its placeholder shows the loading state).
  const bool state_map = states_view.data && !states_view.data->country.empty() && !states_view.data->rows.empty() &&
                         states_view.unavailable.empty();
  const bool show_states = state_map && !show_world_;
  std::string title = "Revenue by country";
  if (show_states) title = std::string("Revenue by state: ") + (states_view.data->country == "US" ? "United States" : "Brazil");
  begin_card("geo_map", title.c_str(), ImVec2(map_w, avail.y));
  if (state_map) {
    if (ImGui::RadioButton("States", !show_world_)) show_world_ = false;
    probe_item("geo.view.states");
    ImGui::SameLine();
    if (ImGui::RadioButton("Countries", show_world_)) show_world_ = true;
    probe_item("geo.view.countries");
  } else if (!states_view.unavailable.empty()) {
    muted_text("No state map: " + states_view.unavailable + " The table lists the states.");
  }
  if (show_states) draw_state_map(states_view, filter, currency, click);
  else draw_world_map(g, world, filter, currency, clicked);
  end_card();

  ImGui::SameLine();
  ImGui::BeginChild("geo_tables", ImVec2(0, avail.y), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
  const bool states = !g.states.empty();
  const float tables_h = ImGui::GetContentRegionAvail().y;
  const float country_h = states ? std::floor(tables_h * 0.58f) : tables_h;
  begin_card("geo_countries", "Countries", ImVec2(0, country_h));
  if (auto c = draw_countries(g, filter, currency)) clicked = c;
  end_card();
  if (states) {
    // With a state map, its states: codes and names of one state on one row.
    const bool mapped = states_view.data && !states_view.data->rows.empty();
    begin_card("geo_states", mapped ? "States" : "States and regions", ImVec2(0, ImGui::GetContentRegionAvail().y));
    if (mapped) draw_state_rows(*states_view.data, filter, currency, click);
    else draw_places("geo_state_table", g.states, currency);
    end_card();
  }
  ImGui::EndChild();
  return click;
}

std::optional<std::string> GeographyTab::draw_countries(const Geography& g, const Filter& filter, const std::string& currency) {
  std::optional<std::string> clicked;
  if (g.countries.empty()) {
    charts::chart_placeholder("##geo_countries_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "No sales under the current filter");
    return clicked;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp;
  // Regions only when there is room for them beside the names.
  const bool regions = ImGui::GetContentRegionAvail().x > 36 * em();
  if (!ImGui::BeginTable(regions ? "geo_country_table" : "geo_country_table_narrow", regions ? 6 : 5, flags,
                         ImGui::GetContentRegionAvail()))
    return clicked;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Figures keep their width (their header with the sort arrow, or their
  // widest value); names share the rest. Narrow, "Customers" is "Cust."
  // (the tooltip says it whole), so the names keep about 9 em.
  const float arrow = 0.65f * em() + ImGui::GetStyle().FramePadding.x;
  auto fixed = [&](const char* header, const std::string& widest) {
    return std::max(ImGui::CalcTextSize(header).x + arrow, ImGui::CalcTextSize(widest.c_str()).x);
  };
  const ImGuiTableColumnFlags down = ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending;
  ImGui::TableSetupColumn("Country", ImGuiTableColumnFlags_WidthStretch, 1.4f, 0);
  if (regions) ImGui::TableSetupColumn("Region", ImGuiTableColumnFlags_WidthStretch, 1.0f, 1);
  Money top = 0;
  int64_t most_orders = 0, most_customers = 0;
  for (const CountryRow& c : g.countries) {
    top = std::max(top, c.revenue);
    most_orders = std::max(most_orders, c.orders);
    most_customers = std::max(most_customers, c.customers);
  }
  const char* customers = regions ? "Customers" : "Cust.";
  ImGui::TableSetupColumn("Revenue", down | ImGuiTableColumnFlags_DefaultSort,
                          fixed("Revenue", format_money_whole(top, currency)), 2);
  ImGui::TableSetupColumn("Share", down, fixed("Share", "100.0%"), 3);
  ImGui::TableSetupColumn("Orders", down, fixed("Orders", format_count(most_orders)), 4);
  ImGui::TableSetupColumn(customers, down, fixed(customers, format_count(most_customers)), 5);
  static const char* const kTipsNarrow[] = {nullptr, nullptr, nullptr, nullptr, "Customers"};
  const int first_figure = regions ? 2 : 1;
  table_headers_row(~uint64_t{0} << first_figure, nullptr, regions ? nullptr : kTipsNarrow);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs())
    if (specs->SpecsCount > 0) {
      sort_column_ = static_cast<int>(specs->Specs[0].ColumnUserID);
      ascending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
      specs->SpecsDirty = false;
    }
  // At most a few hundred countries: sorting per drawn frame costs nothing.
  std::vector<size_t> order(g.countries.size());
  std::iota(order.begin(), order.end(), size_t{0});
  auto key = [&](const CountryRow& c) -> double {
    switch (sort_column_) {
      case 4: return static_cast<double>(c.orders);
      case 5: return static_cast<double>(c.customers);
      default: return static_cast<double>(c.revenue);
    }
  };
  sort_rows(order, [&](size_t a, size_t b) {
    const CountryRow &x = g.countries[a], &y = g.countries[b];
    if (sort_column_ == 0 || sort_column_ == 1) {
      const std::string_view u = sort_column_ == 0 ? x.name : x.region, v = sort_column_ == 0 ? y.name : y.region;
      return ascending_ ? u < v : u > v;
    }
    return ascending_ ? key(x) < key(y) : key(x) > key(y);
  });
  const std::string selected = filtered_country(filter);
  for (size_t i : order) {
    const CountryRow& c = g.countries[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string label = country_label(c);
    const bool is_selected = has_value(filter, Dimension::kCountry, std::string(c.name));
    // A long name is shortened with "…" and shown whole in the tooltip.
    const std::string shown = fit_text(label);
    if (ImGui::Selectable((shown + "###geo_row" + label).c_str(), is_selected, ImGuiSelectableFlags_SpanAllColumns) &&
        c.country != 0)
      clicked = std::string(c.name);
    probe_item("geo.country." + label);
    if (UiProbe* probe = current_probe()) probe->text("geo.country_name." + label, shown);  // as drawn, for tests
    if (ImGui::IsItemHovered()) {
      const char* what = c.country == 0 ? "Lines without a country"
                                        : (selected == c.name ? "Click to show every country" : "Click to filter to this country");
      if (shown != label) ImGui::SetTooltip("%s\n%s", label.c_str(), what);
      else ImGui::SetTooltip("%s", what);
    }
    if (regions) {
      ImGui::TableNextColumn();
      muted_text(c.known ? std::string(c.region) : c.country == 0 ? std::string() : std::string("not a country"));
    }
    ImGui::TableNextColumn();
    number_cell_text(format_money_whole(c.revenue, currency));
    ImGui::TableNextColumn();
    number_cell_text(format_percent(c.revenue_share));
    ImGui::TableNextColumn();
    number_cell_text(format_count(c.orders));
    ImGui::TableNextColumn();
    number_cell_text(format_count(c.customers));
  }
  ImGui::EndTable();
  return clicked;
}

void GeographyTab::draw_places(const char* id, const std::vector<PlaceRow>& rows, const std::string& currency) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id, 5, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("State / region", 0, 1.6f);
  ImGui::TableSetupColumn("Revenue", 0, 1.0f);
  ImGui::TableSetupColumn("Share", 0, 0.6f);
  ImGui::TableSetupColumn("Orders", 0, 0.7f);
  ImGui::TableSetupColumn("Customers", 0, 0.8f);
  table_headers_row(~uint64_t{0} << 1);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const PlaceRow& p = rows[static_cast<size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      text_cell(p.id == 0 ? std::string("(not given)") : std::string(p.name));
      ImGui::TableNextColumn();
      number_cell_text(format_money_whole(p.revenue, currency));
      ImGui::TableNextColumn();
      number_cell_text(format_percent(p.revenue_share));
      ImGui::TableNextColumn();
      number_cell_text(format_count(p.orders));
      ImGui::TableNextColumn();
      number_cell_text(format_count(p.customers));
    }
  ImGui::EndTable();
}

}  // namespace starcart
