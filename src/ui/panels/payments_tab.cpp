#include "ui/panels/payments_tab.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/donut.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

std::string type_label(const PaymentRow& r) { return r.payment == 0 ? std::string("(not given)") : std::string(r.name); }

void draw_installments(const std::vector<InstallmentRow>& rows, const std::string& currency) {
  if (rows.empty()) {
    charts::chart_placeholder("##inst_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "The data gives no installments (only a payments file such as Olist's has them)");
    return;
  }
  std::vector<std::string> labels;
  std::vector<double> orders;
  double top = 0;
  for (const InstallmentRow& r : rows) {
    labels.push_back(r.installments == 0 ? std::string("?") : std::to_string(r.installments));
    orders.push_back(static_cast<double>(r.orders));
    top = std::max(top, orders.back());
  }
  charts::PlotSpec spec;
  spec.x = charts::category_axis(labels, "Installments");
  spec.y = charts::value_axis(0, top, charts::ValueFormat::compact(), "Orders");
  charts::Plot plot;
  if (!charts::begin_plot(plot, "##installments_chart", ImGui::GetContentRegionAvail(), spec)) return;
  const charts::ChartHit hit = charts::plot_bars(plot, {{"Orders", orders}});
  charts::end_plot(plot);
  if (hit.hovered < 0) return;
  const InstallmentRow& r = rows[static_cast<size_t>(hit.hovered)];
  charts::chart_tooltip(r.installments == 0 ? std::string("Installments not given")
                                            : (r.installments == 1 ? std::string("1 installment") : std::to_string(r.installments) + " installments"),
                        {{"Orders", format_count(r.orders), theme().accent},
                         {"Payments", format_count(r.payments)},
                         {"Paid", format_money(r.value, currency)},
                         {"Share of value", format_percent(r.value_share)}});
}

}  // namespace

std::optional<std::string> PaymentsTab::draw(Analyzer& a, uint64_t generation, const std::string& currency) {
  if (!installments_valid_ || installments_generation_ != generation || !filters_equal(installments_filter_, a.filter())) {
    installments_ = compute_installments(a.index(), a.slice().lines);
    installments_filter_ = a.filter();
    installments_generation_ = generation;
    installments_valid_ = true;
  }
  return draw(a.payments(), installments_, a.filter(), currency);
}

std::optional<std::string> PaymentsTab::draw(const Payments& p, const std::vector<InstallmentRow>& installments,
                                             const Filter& filter, const std::string& currency) {
  const float e = em();
  std::optional<std::string> clicked;
  const float h = ImGui::GetContentRegionAvail().y;
  const float top_h = std::max(16 * e, std::floor(h * 0.55f));
  const float w = column_width(2);
  begin_card("pay_mix", "Payment mix (revenue)", ImVec2(w, top_h));
  charts::DonutSpec d;
  Money total = 0;
  int selected = -1;
  for (size_t i = 0; i < p.types.size(); ++i) {
    const PaymentRow& r = p.types[i];
    d.labels.push_back(type_label(r));
    d.values.push_back(money_to_double(r.revenue));
    total += r.revenue;
    if (r.payment != 0 && has_value(filter, Dimension::kPayment, std::string(r.name))) selected = static_cast<int>(i);
  }
  d.selected = selected;
  d.center_title = "Revenue";
  d.center_value = format_money_compact(money_to_double(total), currency);
  d.format = charts::ValueFormat::money_whole(currency);
  d.status = charts::status_of(false, !p.has_payment_types || p.types.empty());
  d.empty_text = p.has_payment_types ? "No sales under the current filter" : "The data names no payment types";
  const charts::ChartHit hit = charts::donut("##payment_donut", ImGui::GetContentRegionAvail(), d);
  if (hit.clicked >= 0 && p.types[static_cast<size_t>(hit.clicked)].payment != 0)
    clicked = std::string(p.types[static_cast<size_t>(hit.clicked)].name);
  end_card();
  ImGui::SameLine();
  begin_card("pay_table", "Payment types", ImVec2(w, top_h));
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (p.types.empty()) {
    charts::chart_placeholder("##pay_table_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "No sales under the current filter");
  } else if (ImGui::BeginTable("payment_types", 5, flags, ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupScrollFreeze(0, 1);
    // Narrow (half of a 1,024 px page) the share headers were cut to
    // "Order sha…" / "Revenue…": short ones, the whole name on hover.
    const bool narrow = ImGui::GetContentRegionAvail().x < 36 * ImGui::GetFontSize();
    static const char* const kTips[] = {nullptr, nullptr, "Share of the orders", nullptr, "Share of the revenue"};
    ImGui::TableSetupColumn("Type", 0, 1.2f);
    ImGui::TableSetupColumn("Orders", 0, 0.7f);
    ImGui::TableSetupColumn(narrow ? "Order %" : "Order share", 0, 0.8f);
    ImGui::TableSetupColumn("Revenue", 0, 1.0f);
    ImGui::TableSetupColumn(narrow ? "Revenue %" : "Revenue share", 0, 0.9f);
    table_headers_row(~uint64_t{0} << 1, nullptr, narrow ? kTips : nullptr);
    for (const PaymentRow& r : p.types) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string label = type_label(r);
      const bool on = r.payment != 0 && has_value(filter, Dimension::kPayment, std::string(r.name));
      if (ImGui::Selectable((label + "##pay_row").c_str(), on, ImGuiSelectableFlags_SpanAllColumns) && r.payment != 0)
        clicked = std::string(r.name);
      probe_item("payments.type." + label);
      item_tooltip(r.payment == 0 ? "Lines without a payment type" : on ? "Click to show every type" : "Click to filter to this type");
      ImGui::TableNextColumn();
      number_cell_text(format_count(r.orders));
      ImGui::TableNextColumn();
      number_cell_text(format_percent(r.order_share));
      ImGui::TableNextColumn();
      number_cell_text(format_money_whole(r.revenue, currency));
      ImGui::TableNextColumn();
      number_cell_text(format_percent(r.revenue_share));
    }
    ImGui::EndTable();
  }
  end_card();
  begin_card("pay_installments", "Installments", ImVec2(0, std::max(10 * e, ImGui::GetContentRegionAvail().y)));
  draw_installments(installments, currency);
  end_card();
  return clicked;
}

}  // namespace starcart
