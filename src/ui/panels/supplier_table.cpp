#include "ui/panels/supplier_table.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <vector>

#include "core/format.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

// The figure columns: header, shortened header, tooltip for the header.
struct FigureColumn {
  const char* head;
  const char* short_head;
  const char* tip;
};
constexpr std::array<FigureColumn, 6> kColumns = {{
    {"Revenue", "Revenue", nullptr},
    {"Share", "Share", "Share of the selection's revenue"},
    {"Orders", "Orders", nullptr},
    {"Margin", "Margin", nullptr},
    {"Return rate", "Returns", "Return rate: returned value over revenue"},
    {"Stock-outs", "Stock-outs", "Stock-outs need a stock (inventory) file"},
}};
enum { kShare = 1, kStockOuts = 5 };

// How much a narrow card gives up so the supplier's name keeps its room
// (at 1,024 px the names were cut to "Lante…" beside seven columns): first
// the stock-outs (all "n/a" without a stock file) and the long "Return rate"
// header, then the share (it moves to the name's tooltip).
enum Level { kFull, kNoStockOuts, kNoShare };

}  // namespace

bool draw_supplier_table(const Suppliers& s, const std::string& currency, Filter& filter) {
  if (!s.has_suppliers) return false;
  bool changed = false;
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float h = std::max(line * 6, ImGui::GetContentRegionAvail().y);
  begin_card("supplier_table", "Suppliers", ImVec2(ImGui::GetContentRegionAvail().x, h));
  // The figures, formatted once: their widths choose the columns.
  struct Cells {
    std::string name;
    std::array<std::string, 6> v;
  };
  std::vector<Cells> cells;
  cells.reserve(s.rows.size());
  float name_w = 0;
  for (const SupplierRow& r : s.rows) {
    Cells c;
    c.name = r.id ? std::string(r.name) : std::string("(no supplier)");
    c.v = {format_money_whole(r.revenue, currency), format_percent(r.revenue_share, 1), format_count(r.orders),
           r.margin ? format_money_whole(*r.margin, currency) : std::string(s.has_cost ? "-" : "no cost"),
           r.return_rate ? format_percent(*r.return_rate, 1) : std::string("-"), "n/a"};
    name_w = std::max(name_w, ImGui::CalcTextSize(c.name.c_str()).x);
    cells.push_back(std::move(c));
  }
  const float pad = 2 * ImGui::GetStyle().CellPadding.x;
  auto figures_w = [&](Level level) {
    float sum = 0;
    for (int k = 0; k < 6; ++k) {
      if ((k == kStockOuts && level >= kNoStockOuts) || (k == kShare && level >= kNoShare)) continue;
      float w = ImGui::CalcTextSize(level >= kNoStockOuts ? kColumns[k].short_head : kColumns[k].head).x;
      for (const Cells& c : cells) w = std::max(w, ImGui::CalcTextSize(c.v[static_cast<size_t>(k)].c_str()).x);
      sum += w + pad;
    }
    return sum;
  };
  const float room = ImGui::GetContentRegionAvail().x - pad - ImGui::GetStyle().ScrollbarSize;
  Level level = kFull;
  while (level < kNoShare && room - figures_w(level) < name_w) level = static_cast<Level>(level + 1);
  // The figures fit their content; the supplier's name takes the rest.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  std::vector<int> shown;
  for (int k = 0; k < 6; ++k)
    if (!((k == kStockOuts && level >= kNoStockOuts) || (k == kShare && level >= kNoShare))) shown.push_back(k);
  if (ImGui::BeginTable("suppliers", 1 + static_cast<int>(shown.size()), flags, ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Supplier", ImGuiTableColumnFlags_WidthStretch);
    // Stock-outs left out: the name's header says why they would be "n/a".
    std::vector<const char*> tips = {level >= kNoStockOuts ? "Stock-outs (not shown) need a stock (inventory) file"
                                                           : nullptr};
    uint64_t right = 0;
    for (size_t j = 0; j < shown.size(); ++j) {
      const FigureColumn& col = kColumns[static_cast<size_t>(shown[j])];
      ImGui::TableSetupColumn(level >= kNoStockOuts ? col.short_head : col.head, ImGuiTableColumnFlags_WidthFixed);
      tips.push_back(col.tip);
      if (shown[j] != kStockOuts) right |= column_bit(static_cast<int>(j) + 1);
    }
    table_headers_row(right, "products.supplier.col", tips.data());
    for (size_t i = 0; i < s.rows.size(); ++i) {
      const SupplierRow& r = s.rows[i];
      const Cells& c = cells[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool on = r.id != 0 && has_value(filter, Dimension::kSupplier, c.name);
      const std::string fitted = fit_text(c.name);
      if (ImGui::Selectable((fitted + "###sup" + c.name).c_str(), on, ImGuiSelectableFlags_SpanAllColumns) &&
          r.id != 0) {
        toggle_value(filter, Dimension::kSupplier, c.name);
        changed = true;
      }
      probe_item("products.supplier." + c.name);
      // The name as drawn (tests check it is not cut at common widths).
      if (UiProbe* probe = current_probe()) probe->text("products.supplier_name." + c.name, fitted);
      if (level >= kNoShare) item_tooltip(c.name + ": " + c.v[kShare] + " of the revenue");
      else if (fitted != c.name) item_tooltip(c.name);
      for (int k : shown) {
        ImGui::TableNextColumn();
        if (k == kStockOuts) {
          ImGui::TextDisabled("n/a");
          item_tooltip(kColumns[kStockOuts].tip);
        } else {
          number_cell_text(c.v[static_cast<size_t>(k)]);
        }
      }
    }
    ImGui::EndTable();
  }
  end_card();
  return changed;
}

}  // namespace starcart
