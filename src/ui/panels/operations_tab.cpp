#include "ui/panels/operations_tab.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/canvas.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "warehouse/funnel_steps.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

std::string cover_text(double days) { return days < 0 ? std::string("no sales") : format_fixed(days, 1); }

}  // namespace

void OperationsTab::draw(const Operations& o, const std::string& currency) {
  const float e = em();
  const float h = ImGui::GetContentRegionAvail().y;
  const float top_h = std::max(16 * e, std::floor(h * 0.45f));
  const float w = column_width(2);
  begin_card("ops_funnel", "Conversion funnel", ImVec2(w, top_h));
  draw_funnel(o.funnel);
  end_card();
  ImGui::SameLine();
  begin_card("ops_delivery", "Delivery: late share", ImVec2(w, top_h));
  draw_delivery(o.delivery);
  end_card();
  begin_card("ops_inventory", "Inventory", ImVec2(0, std::max(14 * e, ImGui::GetContentRegionAvail().y)));
  draw_inventory(o.inventory, currency);
  end_card();
}

void OperationsTab::draw_funnel(const Funnel& f) {
  if (!f.has_events) {
    charts::chart_placeholder("##ops_funnel_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "Add an event log (event time, event type, session) to see the funnel");
    return;
  }
  const std::string unit = f.by_session ? "sessions" : "visitor-days";
  ImGui::TextUnformatted(("Cart abandonment " + format_percent(f.abandonment) + "  ·  " + format_count(f.abandoned) +
                          " of " + format_count(f.carts) + " carts  ·  purchase " +
                          format_percent(f.stages[kFunnelSteps - 1].overall_conversion) + " of " + unit +
                          " with a view")
                             .c_str());
  probe_item("operations.abandonment");
  std::vector<std::string> labels;
  std::vector<double> units;
  for (const FunnelStage& s : f.stages) {
    labels.push_back(funnel_step_label(s.step));
    units.push_back(static_cast<double>(s.units));
  }
  charts::PlotSpec spec;
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, std::max(1.0, units[0]), charts::ValueFormat::compact(), unit);
  spec.status = charts::status_of(false, f.stages[0].units == 0);
  spec.empty_text = "No events in the period";
  charts::Plot plot;
  if (!charts::begin_plot(plot, "##ops_funnel_chart", ImGui::GetContentRegionAvail(), spec)) return;
  const charts::ChartHit hit = charts::plot_bars(plot, {{unit, units}});
  charts::end_plot(plot);
  probe_chart("operations.funnel", hit.hovered, hit.clicked);
  if (hit.hovered < 0) return;
  const FunnelStage& s = f.stages[static_cast<size_t>(hit.hovered)];
  charts::chart_tooltip(funnel_step_label(s.step), {{unit, format_count(s.units), theme().accent},
                                                    {"From the step before", format_percent(s.step_conversion)},
                                                    {"From the first step", format_percent(s.overall_conversion)}});
}

void OperationsTab::draw_delivery(const Delivery& d) {
  if (!d.has_dates) {
    charts::chart_placeholder("##ops_delivery_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "The data gives no promised and delivered dates (Olist's orders file has them)");
    return;
  }
  ImGui::TextUnformatted(("Late " + format_percent(d.overall.late_share) + " of " + format_count(d.overall.orders) +
                          " delivered orders  ·  " + format_fixed(d.overall.avg_delay_days, 1) +
                          " days late on average  ·  " + format_count(d.undelivered) + " not delivered")
                             .c_str());
  probe_item("operations.delivery.overall");
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float chart_w = std::floor(avail_w * 0.6f);
  std::vector<std::string> labels;
  std::vector<double> shares;
  double top = 0.05;
  for (const DeliveryGroup& g : d.by_month) {
    labels.push_back(g.label);
    shares.push_back(g.late_share);
    top = std::max(top, g.late_share);
  }
  charts::PlotSpec spec;
  spec.x = charts::category_axis(labels, "Month of purchase");
  spec.y = charts::value_axis(0, top, charts::ValueFormat::percent(0), "Late");
  spec.status = charts::status_of(false, d.by_month.empty());
  spec.empty_text = "No delivered orders in the selection";
  ImGui::BeginChild("##ops_delivery_months", ImVec2(chart_w, 0));
  charts::Plot plot;
  if (charts::begin_plot(plot, "##ops_delivery_chart", ImGui::GetContentRegionAvail(), spec)) {
    const charts::ChartHit hit = charts::plot_bars(plot, {{"Late share", shares}});
    charts::end_plot(plot);
    probe_chart("operations.delivery.months", hit.hovered, hit.clicked);
    if (hit.hovered >= 0) {
      const DeliveryGroup& g = d.by_month[static_cast<size_t>(hit.hovered)];
      charts::chart_tooltip(g.label, {{"Late", format_percent(g.late_share), theme().accent},
                                      {"Orders", format_count(g.orders)},
                                      {"Average delay", format_fixed(g.avg_delay_days, 1) + " days"}});
    }
  }
  ImGui::EndChild();
  ImGui::SameLine();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("ops_delivery_states", 3, flags, ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("State", 0, 1.0f);
    ImGui::TableSetupColumn("Orders", 0, 0.9f);
    ImGui::TableSetupColumn("Late", 0, 0.8f);
    table_headers_row(column_bit(1) | column_bit(2));
    for (const DeliveryGroup& g : d.by_state) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(g.label.empty() ? "(not given)" : g.label.c_str());
      probe_item("operations.delivery.state." + g.label);
      ImGui::TableNextColumn();
      number_cell_text(format_count(g.orders));
      ImGui::TableNextColumn();
      number_cell_text(format_percent(g.late_share));
    }
    ImGui::EndTable();
  }
}

void OperationsTab::draw_inventory(const Inventory& inv, const std::string& currency) {
  if (!inv.has_stock) {
    charts::chart_placeholder("##ops_inventory_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "Add a stock file (date, SKU, units on hand) to see stock, cover and stock-outs");
    return;
  }
  std::string line = format_count(inv.on_hand) + " units on hand" +
                     (inv.products > 0 ? " as of " + format_iso_date(inv.as_of) : std::string()) + "  ·  " +
                     "days of cover " + cover_text(inv.days_of_cover) + "  ·  turnover " +
                     (inv.turnover < 0 ? std::string("-") : format_fixed(inv.turnover, 2)) + "  ·  " +
                     format_count(inv.out_of_stock) + " out of stock  ·  " + format_count(inv.stockout_days) +
                     " stock-out days  ·  " + format_count(inv.slow_movers) + " slow movers";
  if (inv.has_cost) line += "  ·  stock value " + format_money_whole(inv.stock_value, currency);
  if (inv.unknown_product_rows > 0) line += "  ·  " + format_count(inv.unknown_product_rows) + " rows of unknown products";
  ImGui::TextUnformatted(line.c_str());
  probe_item("operations.inventory.summary");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("ops_inventory_table", 7, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const ImGuiTableColumnFlags down = ImGuiTableColumnFlags_PreferSortDescending;
  ImGui::TableSetupColumn("Product", ImGuiTableColumnFlags_PreferSortAscending, 2.4f, 0);
  ImGui::TableSetupColumn("On hand", down | ImGuiTableColumnFlags_DefaultSort, 0.8f, 1);
  ImGui::TableSetupColumn("Days of cover", ImGuiTableColumnFlags_PreferSortAscending, 0.9f, 2);
  ImGui::TableSetupColumn("Turnover", down, 0.8f, 3);
  ImGui::TableSetupColumn("Stock-out days", down, 0.9f, 4);
  ImGui::TableSetupColumn("Last sale", down, 0.9f, 5);
  ImGui::TableSetupColumn("Slow mover", down, 0.8f, 6);
  table_headers_row(column_bit(1) | column_bit(2) | column_bit(3) | column_bit(4));
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs())
    if (specs->SpecsCount > 0) {
      sort_column_ = static_cast<int>(specs->Specs[0].ColumnUserID);
      ascending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
      specs->SpecsDirty = false;
    }
  std::vector<size_t> order(inv.rows.size());
  std::iota(order.begin(), order.end(), size_t{0});
  const double inf = std::numeric_limits<double>::infinity();
  auto key = [&](const InventoryRow& r) -> double {
    switch (sort_column_) {
      case 2: return r.days_of_cover < 0 ? inf : r.days_of_cover;
      case 3: return r.turnover;
      case 4: return static_cast<double>(r.stockout_days);
      case 5: return static_cast<double>(r.last_sale);
      case 6: return r.slow_mover ? 1 : 0;
      default: return static_cast<double>(r.on_hand);
    }
  };
  sort_rows(order, [&](size_t a, size_t b) {
    const InventoryRow &x = inv.rows[a], &y = inv.rows[b];
    if (sort_column_ == 0) return ascending_ ? x.sku < y.sku : x.sku > y.sku;
    return ascending_ ? key(x) < key(y) : key(x) > key(y);
  });
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(order.size()));
  while (clipper.Step())
    for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
      const InventoryRow& r = inv.rows[order[static_cast<size_t>(k)]];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string label = std::string(r.sku) + (r.name.empty() ? "" : "  " + std::string(r.name));
      text_cell(label);
      probe_item("operations.inventory.row." + std::string(r.sku));
      ImGui::TableNextColumn();
      number_cell_text(format_count(r.on_hand));
      ImGui::TableNextColumn();
      number_cell_text(cover_text(r.days_of_cover));
      ImGui::TableNextColumn();
      number_cell_text(r.turnover < 0 ? std::string("-") : format_fixed(r.turnover, 2));
      ImGui::TableNextColumn();
      number_cell_text(format_count(r.stockout_days));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.last_sale == INT32_MIN ? "never" : format_iso_date(r.last_sale).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.slow_mover ? "slow" : "");
    }
  ImGui::EndTable();
}

}  // namespace starcart
