#include "ui/panels/supplier_table.h"

#include <imgui.h>

#include <algorithm>

#include "core/format.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/widgets.h"

namespace starcart {

bool draw_supplier_table(const Suppliers& s, const std::string& currency, Filter& filter) {
  if (!s.has_suppliers) return false;
  bool changed = false;
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float h = std::max(line * 6, ImGui::GetContentRegionAvail().y);
  begin_card("supplier_table", "Suppliers", ImVec2(ImGui::GetContentRegionAvail().x, h));
  // The figures fit their content; the supplier's name takes the rest (it
  // was cut to "Lantern…" beside equal-weight figure columns).
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("suppliers", 7, flags, ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Supplier", ImGuiTableColumnFlags_WidthStretch);
    for (const char* c : {"Revenue", "Share", "Orders", "Margin", "Return rate", "Stock-outs"})
      ImGui::TableSetupColumn(c, ImGuiTableColumnFlags_WidthFixed);
    table_headers_row(~uint64_t{0} << 1 & ~column_bit(6));
    for (const SupplierRow& r : s.rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string name = r.id ? std::string(r.name) : std::string("(no supplier)");
      const bool on = r.id != 0 && has_value(filter, Dimension::kSupplier, name);
      const std::string shown = fit_text(name);
      if (ImGui::Selectable((shown + "###sup" + name).c_str(), on, ImGuiSelectableFlags_SpanAllColumns) && r.id != 0) {
        toggle_value(filter, Dimension::kSupplier, name);
        changed = true;
      }
      probe_item("products.supplier." + name);
      if (shown != name) item_tooltip(name);
      ImGui::TableNextColumn();
      number_cell_text(format_money_whole(r.revenue, currency));
      ImGui::TableNextColumn();
      number_cell_text(format_percent(r.revenue_share, 1));
      ImGui::TableNextColumn();
      number_cell_text(format_count(r.orders));
      ImGui::TableNextColumn();
      number_cell_text(r.margin ? format_money_whole(*r.margin, currency) : std::string(s.has_cost ? "-" : "no cost"));
      ImGui::TableNextColumn();
      number_cell_text(r.return_rate ? format_percent(*r.return_rate, 1) : std::string("-"));
      ImGui::TableNextColumn();
      ImGui::TextDisabled("n/a");
      item_tooltip("Stock-outs need a stock (inventory) file");
    }
    ImGui::EndTable();
  }
  end_card();
  return changed;
}

}  // namespace starcart
