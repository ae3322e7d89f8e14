#include "ui/panels/products_tab.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/format.h"
#include "ui/charts/pareto.h"
#include "ui/charts/plot.h"
#include "ui/charts/ranked_bars.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

constexpr int kCategoryBars = 12;  // the rest are one "N more" bar (and in the filter bar's list)
constexpr int kParetoBars = 60;       // bars drawn; the cumulative line counts every product

std::string text(std::string_view v, const char* empty = "") { return v.empty() ? empty : std::string(v); }

}  // namespace

bool ProductsTab::draw(const ProductAnalysis& p, uint64_t version, const std::string& currency, Filter& filter,
                       bool focus_search, bool loading) {
  loading_ = loading;
  const float gap_x = ImGui::GetStyle().ItemSpacing.x, gap_y = ImGui::GetStyle().ItemSpacing.y;
  const float avail_h = ImGui::GetContentRegionAvail().y;
  // The table takes 60 % of the width; below 75 em (a 1,024 px page) 64 %,
  // a few more product names whole, the category bars still labelled.
  const float avail_w = ImGui::GetContentRegionAvail().x - gap_x;
  const float table_w = std::floor(avail_w * (avail_w < 75 * em() ? 0.64f : 0.6f));
  begin_card("product_table", "Products by revenue", ImVec2(table_w, avail_h));
  draw_table(p, version, currency, focus_search);
  end_card();
  ImGui::SameLine();
  ImGui::BeginGroup();
  // The categories' card tall enough for a labelled row per bar (up to the
  // 12 and the folded one), from 45 % of the column up to 55 % while the
  // Pareto keeps 11.5 em (at 1,024 x 768 its summary takes two lines).
  const int cat_rows = std::min(static_cast<int>(p.categories.size()), kCategoryBars + 1);
  const float cat_need = charts::horizontal_plot_height(cat_rows) + ImGui::GetTextLineHeightWithSpacing() + 1.6f * em();
  const float cat_lo = (avail_h - gap_y) * 0.45f;
  const float cat_hi = std::max(cat_lo, std::min((avail_h - gap_y) * 0.55f, avail_h - gap_y - 11.5f * em()));
  const float cat_h = std::floor(std::clamp(cat_need, cat_lo, cat_hi));
  const bool changed = draw_categories(p, currency, filter, ImVec2(0, cat_h));
  draw_pareto(p, currency, ImVec2(0, avail_h - cat_h - gap_y));
  ImGui::EndGroup();
  return changed;
}

void ProductsTab::set_search(const std::string& text) { std::snprintf(search_, sizeof search_, "%s", text.c_str()); }

void ProductsTab::draw_table(const ProductAnalysis& p, uint64_t version, const std::string& currency, bool focus_search) {
  const float e = em();
  ImGui::SameLine();
  const float field_w = std::min(20.0f * e, ImGui::GetContentRegionAvail().x * 0.6f);
  ImGui::SameLine(ImGui::GetContentRegionMax().x - field_w);
  search_field("##product_search", search_, sizeof search_, "Search SKU, product, category (/)", focus_search, field_w);
  probe_item("products.search");
  if (UiProbe* probe = current_probe()) probe->text("products.search", search_);  // tests read what it holds
  if (p.ranked.empty()) {
    charts::chart_placeholder("##products_empty", ImGui::GetContentRegionAvail(), charts::status_of(loading_, true),
                              "No product sold under the current filter");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit;
  // Each column's widest cell over the whole ranking, header included (with
  // room for the sort arrow). The SKU column takes it as its width: fit to
  // the drawn cells alone it takes the widest of the rows on screen, and
  // longer SKUs further down the list ("20947A" under "21390") were cut.
  if (widths_version_ != version || widths_em_ != e) {
    auto width_of = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
    const float arrow = ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x;
    auto head = [&](const char* h) { return width_of(h) + arrow; };
    Widths w;
    w.sku = head("SKU");
    w.category = head("Category");
    int64_t units = 0;
    for (const ProductRow& r : p.ranked) {
      w.sku = std::max(w.sku, width_of(r.sku));
      w.name = std::max(w.name, width_of(r.name));
      w.category = std::max(w.category, width_of(r.category));
      units = std::max(units, r.units);
    }
    w.rank = std::max(head("#"), width_of(format_count(static_cast<int64_t>(p.ranked.size()))));
    w.revenue = std::max({head("Revenue"), width_of(format_money_whole(p.ranked.front().revenue, currency)),
                          width_of(format_money_whole(p.ranked.back().revenue, currency))});
    w.units = std::max(head("Units"), width_of(format_count(units)));
    w.share = std::max(head("Share"), width_of(format_percent(p.ranked.front().revenue_share)));
    w.abc = head("ABC");
    widths_ = w;
    widths_version_ = version;
    widths_em_ = e;
  }
  // The product's name takes what the figures leave. A narrow table (60 %
  // of a 1,024 px page) left it 7 em, "RED GINGHA…": it gives up the share
  // (the revenue says it; the name's tooltip has it), then the category
  // (the chart beside has them; the tooltip too) until the name has 14 em
  // (some 26 capitals: most names whole, the rest nearly) or is whole.
  enum Level { kFull, kNoShare, kNoCategory };
  const float pad = 2 * ImGui::GetStyle().CellPadding.x;
  const float category_w = std::min(widths_.category, 9.0f * e);
  auto name_room = [&](Level level) {
    float used = widths_.rank + widths_.sku + widths_.revenue + widths_.units + widths_.abc + 6 * pad;
    if (level < kNoShare) used += widths_.share + pad;
    if (level < kNoCategory) used += category_w + pad;
    return ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize - used;
  };
  const float name_goal = std::min(widths_.name, 14.0f * e);
  Level level = kFull;
  while (level < kNoCategory && name_room(level) < name_goal) level = static_cast<Level>(level + 1);
  if (UiProbe* probe = current_probe()) {
    // The columns shown (tests check what a narrow table gives up).
    probe->text("products.columns", level == kFull ? "all" : level == kNoShare ? "no share" : "no share, no category");
  }
  if (!ImGui::BeginTable("products", 8, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Numbers fit their content; the product name takes the rest. Columns a
  // narrow table gives up are disabled, not removed: the sort keeps its ids.
  auto fixed = [&](const char* name, ProductColumn id, ImGuiTableColumnFlags f, float width = 0) {
    ImGui::TableSetupColumn(name, f | ImGuiTableColumnFlags_WidthFixed, width, static_cast<ImGuiID>(id));
  };
  const ImGuiTableColumnFlags off = ImGuiTableColumnFlags_Disabled;
  fixed("#", ProductColumn::kRank, ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortAscending);
  fixed("SKU", ProductColumn::kSku, ImGuiTableColumnFlags_PreferSortAscending, widths_.sku);
  ImGui::TableSetupColumn("Product", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_PreferSortAscending, 1.0f,
                          static_cast<ImGuiID>(ProductColumn::kName));
  fixed("Category", ProductColumn::kCategory, ImGuiTableColumnFlags_PreferSortAscending | (level >= kNoCategory ? off : 0),
        category_w);
  fixed("Revenue", ProductColumn::kRevenue, ImGuiTableColumnFlags_PreferSortDescending);
  fixed("Units", ProductColumn::kUnits, ImGuiTableColumnFlags_PreferSortDescending);
  fixed("Share", ProductColumn::kShare, ImGuiTableColumnFlags_PreferSortDescending | (level >= kNoShare ? off : 0));
  fixed("ABC", ProductColumn::kAbc, ImGuiTableColumnFlags_PreferSortAscending);
  table_headers_row(column_bit(0) | column_bit(4) | column_bit(5) | column_bit(6));
  // Re-sort only when the sort, the search or the figures change.
  bool dirty = view_version_ != version || view_search_ != search_;
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs())
    if (specs->SpecsDirty && specs->SpecsCount > 0) {
      sort_by_ = static_cast<ProductColumn>(specs->Specs[0].ColumnUserID);
      ascending_ = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
      specs->SpecsDirty = false;
      dirty = true;
    }
  if (dirty) {
    view_ = product_view(p.ranked, sort_by_, ascending_, search_);
    view_version_ = version;
    view_search_ = search_;
  }
  if (view_.empty()) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    muted_text("No product matches \"" + view_search_ + "\"");
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(view_.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const uint32_t k = view_[static_cast<size_t>(i)];
      const ProductRow& r = p.ranked[k];
      ImGui::TableNextRow();
      // Names are shortened with "…" to their column (whole in the tooltip);
      // figures are right-aligned.
      auto cell = [](const std::string& s) {
        if (ImGui::TableNextColumn()) text_cell(s);  // false: a column given up
      };
      auto figure = [](const std::string& s) {
        if (ImGui::TableNextColumn()) number_cell_text(s);
      };
      figure(format_count(static_cast<int64_t>(k) + 1));
      cell(text(r.sku));
      // The name as drawn (tests check it is whole at common widths); its
      // tooltip has what it was cut to and the columns given up.
      ImGui::TableNextColumn();
      const std::string name = text(r.name, "-");
      const std::string shown = fit_text(name);
      ImGui::TextUnformatted(shown.c_str());
      if (shown != name || level > kFull) {
        std::string tip = name;
        if (level >= kNoCategory) tip += "\n" + text(r.category, "(no category)");
        if (level >= kNoShare) tip += (level >= kNoCategory ? "  \xC2\xB7  " : "\n") + format_percent(r.revenue_share) + " of revenue";
        item_tooltip(tip);
      }
      if (UiProbe* probe = current_probe()) probe->text("products.name." + name, shown);
      cell(text(r.category, "-"));
      figure(format_money_whole(r.revenue, currency));
      figure(format_count(r.units));
      figure(format_percent(r.revenue_share));
      cell(abc_name(r.abc));
    }
  ImGui::EndTable();
  probe_item("products.table");
}

bool ProductsTab::draw_categories(const ProductAnalysis& p, const std::string& currency, Filter& filter, ImVec2 size) {
  bool changed = false;
  begin_card("category_bars", "Revenue by category", size);
  charts::RankedBarsSpec s;
  s.empty_text = "No sales under the current filter";
  s.status = charts::status_of(loading_, p.categories.empty());
  std::vector<std::string> names;
  s.max_bars = kCategoryBars;
  for (const CategoryRow& c : p.categories) {
    names.emplace_back(c.name);
    s.labels.push_back(c.name.empty() ? "(no category)" : std::string(c.name));
    s.values.push_back(money_to_double(c.revenue));
    s.shares.push_back(c.revenue_share);
    s.notes.push_back(c.name.empty() ? ""
                      : has_value(filter, Dimension::kCategory, names.back()) ? "Click to remove this filter"
                                                                             : "Click to filter every panel to it");
    if (filter.categories.size() == 1 && filter.categories[0] == names.back()) s.selected = static_cast<int>(names.size()) - 1;
  }
  s.format = charts::ValueFormat::money_compact(currency);
  const charts::ChartHit hit = charts::ranked_bars("##category_bars_chart", ImGui::GetContentRegionAvail(), s);
  if (hit.clicked >= 0 && !names[static_cast<size_t>(hit.clicked)].empty()) {
    toggle_value(filter, Dimension::kCategory, names[static_cast<size_t>(hit.clicked)]);
    changed = true;
  }
  end_card();
  return changed;
}

void ProductsTab::draw_pareto(const ProductAnalysis& p, const std::string& currency, ImVec2 size) {
  begin_card("abc_pareto", "ABC analysis (Pareto)", size);
  // The class summary: how few products bring most of the revenue.
  std::string line;
  for (const AbcClassRow& c : p.abc) {
    if (!line.empty()) line += "    ";
    line += std::string(abc_name(c.abc)) + ": " + format_count(c.products) + " products \xE2\x86\x92 " +
            format_percent(c.revenue_share);
  }
  if (!p.ranked.empty()) {
    muted_wrapped(line);
    std::string tip = "A: the products that make the first 80 % of revenue, B: the next 15 %, C: the last 5 %.";
    for (const AbcClassRow& c : p.abc)
      tip += "\n" + std::string(abc_name(c.abc)) + ": " + format_count(c.products) + " products (" +
             format_percent(c.product_share) + " of those sold) bring " + format_percent(c.revenue_share) + " of revenue";
    item_tooltip(tip);
  }
  charts::ParetoSpec s;
  for (const ProductRow& r : p.ranked) {
    s.labels.push_back(r.name.empty() ? std::string(r.sku) : std::string(r.sku) + " " + std::string(r.name));
    s.values.push_back(money_to_double(r.revenue));
  }
  s.format = charts::ValueFormat::money_compact(currency);
  s.value_title = "Revenue";
  s.max_bars = kParetoBars;
  s.status = charts::status_of(loading_, p.ranked.empty());
  s.empty_text = "No product sold under the current filter";
  charts::pareto("##abc_pareto_chart", ImGui::GetContentRegionAvail(), s);
  end_card();
}

}  // namespace starcart
