#include "ui/panels/compare_tab.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/legend.h"
#include "ui/charts/palette.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/filter_model.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

std::optional<DayRange> parse_range(const std::string& text) {
  const size_t dots = text.find("..");
  if (dots == std::string::npos) return std::nullopt;
  auto a = parse_iso_day(text.substr(0, dots));
  auto b = parse_iso_day(text.substr(dots + 2));
  if (!a || !b || *b < *a) return std::nullopt;
  return DayRange{*a, *b};
}

std::string range_key(const DayRange& r) { return format_iso_date(r.from) + ".." + format_iso_date(r.to); }

Money as_money(double v) { return static_cast<Money>(std::llround(v * kMoneyScale)); }

std::string kpi_text(const std::optional<double>& v, KpiChange::Unit unit, const std::string& currency) {
  if (!v) return "-";
  switch (unit) {
    case KpiChange::Unit::kMoney: return format_money(as_money(*v), currency);
    case KpiChange::Unit::kCount: return format_count(static_cast<int64_t>(std::llround(*v)));
    case KpiChange::Unit::kRatio: return format_fixed(*v, 2);
    case KpiChange::Unit::kShare: return format_percent(*v);
  }
  return "-";
}

std::string change_text(const KpiChange& k, const std::string& currency) {
  if (!k.absolute) return "-";
  const std::string sign = *k.absolute > 0 ? "+" : "";
  if (k.unit == KpiChange::Unit::kShare) return sign + format_fixed(*k.absolute * 100, 1) + " pts";
  return sign + kpi_text(k.absolute, k.unit, currency);
}

// One colored text cell: green for a rise, red for a fall (returns: the other way).
void signed_cell(const std::string& text, double sign, bool rise_is_good) {
  const Theme& t = theme();
  const bool good = rise_is_good ? sign > 0 : sign < 0;
  if (sign != 0) ImGui::PushStyleColor(ImGuiCol_Text, good ? t.positive : t.negative);
  number_cell_text(text);
  if (sign != 0) ImGui::PopStyleColor();
}

const ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                    ImGuiTableFlags_SizingStretchProp;

void kpi_table(const PeriodComparison& c, const std::string& currency) {
  if (!ImGui::BeginTable("compare_kpis", 5, kTableFlags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Figure", 0, 1.5f);
  ImGui::TableSetupColumn("Previous", 0, 1.0f);
  ImGui::TableSetupColumn("Current", 0, 1.0f);
  ImGui::TableSetupColumn("Change", 0, 1.0f);
  ImGui::TableSetupColumn("Change %", 0, 0.7f);
  table_headers_row(column_bit(1) | column_bit(2) | column_bit(3) | column_bit(4));
  for (const KpiChange& k : c.kpis) {
    const bool rise_good = std::strncmp(k.key, "return", 6) != 0;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(k.label);
    probe_item(std::string("compare.kpi.") + k.key);
    ImGui::TableNextColumn();
    number_cell_text(kpi_text(k.previous, k.unit, currency));
    ImGui::TableNextColumn();
    number_cell_text(kpi_text(k.current, k.unit, currency));
    ImGui::TableNextColumn();
    signed_cell(change_text(k, currency), k.absolute ? *k.absolute : 0, rise_good);
    ImGui::TableNextColumn();
    signed_cell(k.relative ? format_delta_percent(*k.relative) : "-", k.relative ? *k.relative : 0, rise_good);
  }
  ImGui::EndTable();
}

// What a click on a contribution row does: the filter dimension it sets
// (categories, countries), a segment (a customer filter), or, for products
// (the filter has no product dimension), the product shown on the Products tab.
enum class RowAction : unsigned char { kDimension, kSegment, kProduct, kNone };

RowAction row_action(const ContributionTable& t, const Contribution& r, Dimension& dim) {
  const std::string d = t.dimension;
  if (r.key.empty()) return RowAction::kNone;  // "(not given)": nothing to filter to
  if (d == "categories") return dim = Dimension::kCategory, RowAction::kDimension;
  if (d == "countries") return dim = Dimension::kCountry, RowAction::kDimension;
  if (d == "segments") return r.key == "guests" ? RowAction::kNone : RowAction::kSegment;
  if (d == "products") return RowAction::kProduct;
  return RowAction::kNone;
}

bool has_segment_name(const Filter& f, const std::string& name) {
  return std::find(f.segments.begin(), f.segments.end(), name) != f.segments.end();
}

// The rows; a click on one applies its filter (a second click removes it),
// as the charts' cross-filter clicks do.
void contribution_table(const char* id, const char* what, const ContributionTable& t, const std::string& currency,
                        const std::string& highlight, Filter& filter, CompareAction& action) {
  if (t.rows.empty()) {
    charts::chart_placeholder((std::string("##") + id + "_empty").c_str(), ImGui::GetContentRegionAvail(),
                              charts::ChartStatus::kEmpty, "No sales in either period");
    return;
  }
  // The figures keep their whole width (a quarter of the page is narrow);
  // the name takes what is left and is shortened with "…".
  const ImGuiTableFlags flags = (kTableFlags & ~ImGuiTableFlags_SizingStretchProp) | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable(id, 4, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(what, ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Previous", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthFixed);
  table_headers_row(column_bit(1) | column_bit(2) | column_bit(3));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(t.rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Contribution& r = t.rows[static_cast<size_t>(i)];
      ImGui::TableNextRow();
      if (!highlight.empty() && r.key == highlight)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, theme().accent_soft);
      ImGui::TableNextColumn();
      const std::string name = r.label.empty() ? (r.key.empty() ? "(not given)" : r.key) : r.label;
      Dimension dim = Dimension::kCountry;
      const RowAction act = row_action(t, r, dim);
      const bool on = (act == RowAction::kDimension && has_value(filter, dim, r.key)) ||
                      (act == RowAction::kSegment && has_segment_name(filter, r.label));
      const std::string shown = fit_text(name);
      ImGui::BeginDisabled(act == RowAction::kNone);
      const bool clicked = ImGui::Selectable((shown + "###row" + std::to_string(i)).c_str(), on,
                                             ImGuiSelectableFlags_SpanAllColumns);
      ImGui::EndDisabled();
      probe_item(std::string("compare.row.") + t.dimension + "." + r.key);
      // The name as drawn: tests check it is whole at common widths.
      if (UiProbe* probe = current_probe()) probe->text(std::string("compare.row_name.") + t.dimension + "." + r.key, shown);
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        std::string tip = shown != name ? name : "";
        if (!r.key.empty() && r.key != r.label && !r.label.empty()) tip = r.key + "  " + r.label;
        const char* what_click = act == RowAction::kProduct ? "Click to show it on the Products tab"
                                 : act == RowAction::kNone  ? ""
                                 : on                       ? "Click to remove this filter"
                                                            : "Click to filter every panel to it";
        if (*what_click) tip += (tip.empty() ? "" : "\n") + std::string(what_click);
        item_tooltip(tip);
      }
      if (clicked) {
        if (act == RowAction::kDimension) {
          toggle_value(filter, dim, r.key);
          action.filter_changed = true;
        } else if (act == RowAction::kSegment) {
          if (on) filter.segments.erase(std::find(filter.segments.begin(), filter.segments.end(), r.label));
          else filter.segments.push_back(r.label);
          action.filter_changed = true;
        } else if (act == RowAction::kProduct) {
          action.product = r.key;
        }
      }
      ImGui::TableNextColumn();
      number_cell_text(format_money_whole(r.previous, currency));
      ImGui::TableNextColumn();
      signed_cell((r.change > 0 ? "+" : "") + format_money_whole(r.change, currency), static_cast<double>(r.change), true);
      ImGui::TableNextColumn();
      number_cell_text(r.share ? format_percent(*r.share) : "-");
    }
  ImGui::EndTable();
}

// Revenue by category in both periods: grouped bars (the biggest 8 by the larger of the two).
void category_bars(const PeriodComparison& c, const std::string& currency) {
  std::vector<const Contribution*> rows;
  for (const Contribution& r : c.categories.rows) rows.push_back(&r);
  std::stable_sort(rows.begin(), rows.end(), [](const Contribution* a, const Contribution* b) {
    return std::max(a->current, a->previous) > std::max(b->current, b->previous);
  });
  if (rows.size() > 8) rows.resize(8);
  std::vector<std::string> labels;
  std::vector<double> prev, cur;
  double top = 0;
  for (const Contribution* r : rows) {
    labels.push_back(r->key.empty() ? "(none)" : r->label);
    prev.push_back(money_to_double(r->previous));
    cur.push_back(money_to_double(r->current));
    top = std::max({top, prev.back(), cur.back()});
  }
  const charts::Rgba prev_color = charts::category_color(1), cur_color = theme().accent;
  const std::vector<charts::LegendEntry> legend = {{"Previous", prev_color}, {"Current", cur_color}};
  charts::legend("##compare_legend", legend, 14 * em());
  charts::PlotSpec spec;
  spec.status = charts::status_of(false, rows.empty());
  spec.empty_text = "No sales in either period";
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, top, charts::ValueFormat::money_compact(currency), "Revenue");
  charts::Plot plot;
  if (charts::begin_plot(plot, "##compare_categories_chart", ImGui::GetContentRegionAvail(), spec)) {
    const charts::ChartHit hit = charts::plot_bars(plot, {{"Previous", prev, prev_color}, {"Current", cur, cur_color}});
    charts::end_plot(plot);
    if (hit.hovered >= 0) {
      const Contribution& r = *rows[static_cast<size_t>(hit.hovered)];
      charts::chart_tooltip(labels[static_cast<size_t>(hit.hovered)],
                            {{"Previous", format_money(r.previous, currency), prev_color},
                             {"Current", format_money(r.current, currency), cur_color},
                             {"Change", (r.change > 0 ? "+" : "") + format_money(r.change, currency)},
                             {"Share of the change", r.share ? format_percent(*r.share) : "-"}});
    }
  }
}

}  // namespace

CompareRequest compare_request_of(const std::map<std::string, std::string>& o) {
  CompareRequest q;
  auto it = o.find("compare.preset");
  if (it == o.end()) return q;
  auto p = parse_compare_preset(it->second);
  if (!p) return q;
  if (*p != ComparePreset::kCustom) {
    q.preset = *p;
    return q;
  }
  auto cur = o.find("compare.current"), prev = o.find("compare.previous");
  if (cur == o.end() || prev == o.end()) return q;
  auto a = parse_range(cur->second), b = parse_range(prev->second);
  if (!a || !b) return q;
  q.preset = ComparePreset::kCustom;
  q.custom = {*a, *b};
  return q;
}

bool CompareTab::draw_picker(const PeriodComparison& c, std::map<std::string, std::string>& options) {
  bool changed = false;
  ImGui::AlignTextToFramePadding();
  muted_text("Compare");
  for (ComparePreset p : {ComparePreset::kMonth, ComparePreset::kQuarter, ComparePreset::kYear,
                          ComparePreset::kLast30Days, ComparePreset::kCustom}) {
    ImGui::SameLine();
    const bool on = c.preset == p;
    const char* label = compare_preset_label(p);
    if (on ? primary_button(label) : secondary_button(label)) {
      if (p == ComparePreset::kCustom) {
        // Start the custom ranges from the periods on screen.
        std::snprintf(range_text_[0], sizeof range_text_[0], "%s", range_key(c.periods.current).c_str());
        std::snprintf(range_text_[1], sizeof range_text_[1], "%s", range_key(c.periods.previous).c_str());
        options["compare.current"] = range_text_[0];
        options["compare.previous"] = range_text_[1];
      } else {
        options.erase("compare.current");
        options.erase("compare.previous");
      }
      options["compare.preset"] = compare_preset_key(p);
      changed = true;
    }
    probe_item(std::string("compare.preset.") + compare_preset_key(p));
  }
  if (c.preset == ComparePreset::kCustom) {
    if (!range_text_[0][0]) std::snprintf(range_text_[0], sizeof range_text_[0], "%s", range_key(c.periods.current).c_str());
    if (!range_text_[1][0]) std::snprintf(range_text_[1], sizeof range_text_[1], "%s", range_key(c.periods.previous).c_str());
    ImGui::AlignTextToFramePadding();
    muted_text("Current");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(14 * em());
    ImGui::InputText("##compare_current", range_text_[0], sizeof range_text_[0]);
    probe_item("compare.current");
    ImGui::SameLine();
    muted_text("Previous");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(14 * em());
    ImGui::InputText("##compare_previous", range_text_[1], sizeof range_text_[1]);
    probe_item("compare.previous");
    ImGui::SameLine();
    const bool ok = parse_range(range_text_[0]) && parse_range(range_text_[1]);
    if (ok && primary_button("Apply")) {
      options["compare.current"] = range_text_[0];
      options["compare.previous"] = range_text_[1];
      options["compare.preset"] = "custom";
      changed = true;
    }
    probe_item("compare.apply");
    if (!ok) {
      ImGui::SameLine();
      muted_text("Ranges as YYYY-MM-DD..YYYY-MM-DD");
    }
  }
  return changed;
}

CompareAction CompareTab::draw(const PeriodComparison& c, std::map<std::string, std::string>& options, Filter& filter,
                               const std::string& currency) {
  const float e = em();
  CompareAction action;
  action.options_changed = draw_picker(c, options);
  // Wrapped: at 1,024 px the line ran past the page's edge.
  muted_wrapped("Current: " + format_iso_date(c.periods.current.from) + " to " + format_iso_date(c.periods.current.to) + " (" +
             format_count(c.periods.current.days()) + " days)    Previous: " + format_iso_date(c.periods.previous.from) +
             " to " + format_iso_date(c.periods.previous.to) + " (" + format_count(c.periods.previous.days()) +
             " days)    Revenue change: " + (c.revenue_change > 0 ? "+" : "") + format_money(c.revenue_change, currency) +
             ". The rest of the filter applies to both periods.");
  const auto hl = options.find("compare.highlight");
  const std::string highlight = hl == options.end() ? "" : hl->second;
  const float avail = ImGui::GetContentRegionAvail().y;
  const float top_h = std::max(16 * e, avail * 0.48f);
  const float w2 = column_width(2);
  begin_card("compare_kpis_card", "Every figure, both periods", ImVec2(w2, top_h));
  kpi_table(c, currency);
  end_card();
  ImGui::SameLine();
  begin_card("compare_categories", "Revenue by category, previous vs current", ImVec2(w2, top_h));
  category_bars(c, currency);
  end_card();
  const float bottom_h = std::max(12 * e, ImGui::GetContentRegionAvail().y);
  const float w4 = column_width(4);
  struct Part {
    const char* id;
    const char* title;
    const char* what;
    const ContributionTable& table;
  };
  const Part parts[] = {{"compare_contrib_categories", "Contribution: categories", "Category", c.categories},
                        {"compare_contrib_products", "Contribution: products", "Product", c.products},
                        {"compare_contrib_countries", "Contribution: countries", "Country", c.countries},
                        {"compare_contrib_segments", "Contribution: RFM segments", "Segment", c.segments}};
  // Four cards side by side while each keeps 24 em (the figures take about
  // 18); narrower (1,280 px and below) the names were cut to "…" or a
  // letter, so one card at the full width shows one table at a time, chosen
  // by a switch on its title line (like Bought together's pairs / triples).
  if (w4 >= 24 * e) {
    for (int i = 0; i < 4; ++i) {
      if (i) ImGui::SameLine();
      begin_card(parts[i].id, parts[i].title, ImVec2(w4, bottom_h));
      contribution_table((std::string(parts[i].id) + "_table").c_str(), parts[i].what, parts[i].table, currency,
                         parts[i].table.dimension == std::string("products") ? highlight : "", filter, action);
      end_card();
    }
    return action;
  }
  begin_card("compare_contrib", "Contribution to the change", ImVec2(0, bottom_h));
  static const char* const kLabels[] = {"Categories", "Products", "Countries", "RFM segments"};
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  float w = 0;
  for (const char* l : kLabels) w += button_width(l) + gap;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - (w - gap)));
  for (int k = 0; k < 4; ++k) {
    if (k) ImGui::SameLine();
    ImGui::PushID(k);
    const bool on = contrib_part_ == k;
    if (on ? primary_button(kLabels[k]) : secondary_button(kLabels[k])) contrib_part_ = k;
    ImGui::PopID();
    probe_item(std::string("compare.show.") + parts[k].table.dimension);
  }
  const Part& part = parts[contrib_part_];
  contribution_table((std::string(part.id) + "_table").c_str(), part.what, part.table, currency,
                     part.table.dimension == std::string("products") ? highlight : "", filter, action);
  end_card();
  return action;
}

}  // namespace starcart
