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

namespace starcart {

namespace {

// A point well inside a country: the centroid of its largest triangle.
charts::geo::Point inner_point(const charts::geo::CountryShape& c) {
  charts::geo::Point best{(c.min.x + c.max.x) / 2, (c.min.y + c.max.y) / 2};
  double best_area = -1;
  for (size_t i = 0; i + 2 < c.indices.size(); i += 3) {
    const charts::geo::Point &a = c.vertices[c.indices[i]], &b = c.vertices[c.indices[i + 1]], &d = c.vertices[c.indices[i + 2]];
    const double area = std::abs((b.x - a.x) * (d.y - a.y) - (d.x - a.x) * (b.y - a.y));
    if (area > best_area) best_area = area, best = {(a.x + b.x + d.x) / 3, (a.y + b.y + d.y) / 3};
  }
  return best;
}

// Probe rectangles at a point inside every country with sales ("geo.map.<name>"),
// so browser tests click the map where a user would; the map is laid out as
// choropleth() lays it out (above its colour legend).
void probe_map_countries(const charts::geo::WorldGeometry& world, const std::vector<CountryRow>& rows) {
  UiProbe* probe = current_probe();
  if (!probe) return;
  const auto it = probe->items().find("chart.geo_map_chart");  // the canvas choropleth() reserved
  if (it == probe->items().end()) return;
  const ImVec2 a(it->second.x, it->second.y), b(it->second.x + it->second.w, it->second.y + it->second.h);
  const float legend_h = charts::color_legend_height(true) + 0.4f * em();
  const charts::MapTransform tf = charts::fit_map(world, a, ImVec2(b.x, std::max(a.y + 1, b.y - legend_h)));
  const float r = 0.15f * em();
  for (const CountryRow& c : rows) {
    const int i = c.numeric > 0 && c.revenue > 0 ? world.find(c.numeric) : -1;
    if (i < 0) continue;
    const ImVec2 p = tf.to_screen(inner_point(world.countries[static_cast<size_t>(i)]));
    probe->item("geo.map." + std::string(c.name), ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r));
  }
}

std::string country_label(const CountryRow& c) { return c.country == 0 ? std::string("(no country)") : std::string(c.name); }

// The one country the filter keeps, or "".
std::string filtered_country(const Filter& f) {
  const auto& v = filter_values(f, Dimension::kCountry);
  return v.size() == 1 ? v[0] : std::string();
}

}  // namespace

std::optional<std::string> GeographyTab::draw(const Geography& g, const charts::geo::WorldGeometry* world,
                                              const Filter& filter, const std::string& currency) {
  std::optional<std::string> clicked;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  // The table needs about 30 em for its figures and names; the map takes the rest.
  const float map_w = std::floor(std::min((avail.x - gap) * 0.58f, avail.x - gap - 30 * em()));
  const std::string selected = filtered_country(filter);

  begin_card("geo_map", "Revenue by country", ImVec2(map_w, avail.y));
  muted_text(world ? "Hover a country for its figures; click to filter every panel to it (click again to clear)."
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
  if (world && spec.status == charts::ChartStatus::kReady) probe_map_countries(*world, g.countries);
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
    begin_card("geo_states", "States and regions", ImVec2(0, ImGui::GetContentRegionAvail().y));
    draw_places("geo_state_table", g.states, currency);
    end_card();
  }
  ImGui::EndChild();
  return clicked;
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
  // Figures keep their width (header and a wide value); names share the rest.
  const float pad = 1.6f * em();
  auto fixed = [&](const char* widest) { return ImGui::CalcTextSize(widest).x + pad; };
  const ImGuiTableColumnFlags down = ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending;
  ImGui::TableSetupColumn("Country", ImGuiTableColumnFlags_WidthStretch, 1.4f, 0);
  if (regions) ImGui::TableSetupColumn("Region", ImGuiTableColumnFlags_WidthStretch, 1.0f, 1);
  // The revenue column as wide as its widest figure, so names keep the rest.
  Money top = 0;
  for (const CountryRow& c : g.countries) top = std::max(top, c.revenue);
  const float revenue_w = std::max(fixed(format_money_whole(top, currency).c_str()), fixed("Revenue") + 0.8f * em());
  ImGui::TableSetupColumn("Revenue", down | ImGuiTableColumnFlags_DefaultSort, revenue_w, 2);
  ImGui::TableSetupColumn("Share", down, fixed("100.0%"), 3);
  ImGui::TableSetupColumn("Orders", down, fixed("Orders"), 4);
  ImGui::TableSetupColumn("Customers", down, fixed("Customers"), 5);
  const int first_figure = regions ? 2 : 1;
  table_headers_row(~uint64_t{0} << first_figure);
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
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
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
