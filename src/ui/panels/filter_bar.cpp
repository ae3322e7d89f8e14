#include "ui/panels/filter_bar.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/format.h"
#include "ui/charts/value_format.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool matches(const std::string& name, const char* search) {
  if (!*search) return true;
  const size_t n = std::strlen(search);
  auto it = std::search(name.begin(), name.end(), search, search + n,
                        [](char a, char b) { return lower(a) == lower(b); });
  return it != name.end();
}

void popup_below_last_item() {
  ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 0.3f * em()));
}

void copy_day(char* buf, size_t size, const std::optional<Day>& d) {
  std::snprintf(buf, size, "%s", d ? format_iso_date(*d).c_str() : "");
}

}  // namespace

bool FilterBar::draw_period(ViewState& view, const Facets& facets) {
  Filter& f = view.filter;
  bool changed = false;
  std::string label = "Period: ";
  label += (f.from || f.to) ? filter_chips(f, view.date_preset)[0].label : "all dates";
  if (dropdown_button("period", label, f.from || f.to)) {
    copy_day(from_, sizeof from_, f.from ? f.from : std::optional<Day>(facets.first_day));
    copy_day(to_, sizeof to_, f.to ? f.to : std::optional<Day>(facets.last_day));
    date_error_.clear();
    ImGui::OpenPopup("period_popup");
  }
  probe_item("filter.period");
  popup_below_last_item();
  if (!ImGui::BeginPopup("period_popup")) return false;
  const float e = em();
  muted_text("Relative to the last date in the data: " + charts::format_day_label(facets.last_day, true));
  ImGui::Separator();
  for (DatePreset p : {DatePreset::kAll, DatePreset::kLast30, DatePreset::kLast90, DatePreset::kThisYear}) {
    std::string text = preset_label(p);
    if (auto r = preset_range(p, facets.first_day, facets.last_day))
      text += "   (" + charts::format_day_range(r->from, r->to) + ")";
    const bool current = p == view.date_preset && (p != DatePreset::kAll || (!f.from && !f.to));
    if (ImGui::Selectable(text.c_str(), current)) {
      apply_preset(f, p, facets.first_day, facets.last_day);
      view.date_preset = p;
      changed = true;
      ImGui::CloseCurrentPopup();
    }
    probe_item(std::string("filter.period.") + preset_key(p));
  }
  ImGui::Separator();
  muted_text("Custom range (YYYY-MM-DD)");
  ImGui::SetNextItemWidth(7.5f * e);
  ImGui::InputText("##from", from_, sizeof from_);
  probe_item("filter.period.from");
  ImGui::SameLine();
  ImGui::TextUnformatted("to");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(7.5f * e);
  const bool enter = ImGui::InputText("##to", to_, sizeof to_, ImGuiInputTextFlags_EnterReturnsTrue);
  probe_item("filter.period.to");
  ImGui::SameLine();
  if (primary_button("Apply") || enter) {
    auto a = parse_iso_day(from_), b = parse_iso_day(to_);
    if (!a || !b) date_error_ = "Write both dates as YYYY-MM-DD, for example 2011-03-01.";
    else if (*b < *a) date_error_ = "The end comes before the start.";
    else {
      f.from = *a;
      f.to = *b;
      view.date_preset = DatePreset::kCustom;
      changed = true;
      ImGui::CloseCurrentPopup();
    }
  }
  probe_item("filter.period.apply");
  if (!date_error_.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme().negative);
    ImGui::TextUnformatted(date_error_.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::EndPopup();
  return changed;
}

bool FilterBar::draw_dimension(ViewState& view, const Facets& facets, Dimension dim, bool focus_search) {
  const auto& values = facets.of(dim);
  if (values.empty()) return false;  // the data has no such column
  const int d = static_cast<int>(dim);
  const auto& chosen = filter_values(view.filter, dim);
  std::string label = dimension_label(dim);
  if (!chosen.empty()) label += " (" + std::to_string(chosen.size()) + ")";
  const std::string popup = std::string("dim_popup_") + dimension_key(dim);
  if (dropdown_button(dimension_key(dim), label, !chosen.empty())) {
    ImGui::OpenPopup(popup.c_str());
    search_[0] = 0;
    search_dim_ = d;
  }
  probe_item(std::string("filter.") + dimension_key(dim));
  popup_below_last_item();
  if (!ImGui::BeginPopup(popup.c_str())) return false;
  const float e = em();
  bool changed = false;
  if (search_dim_ != d) {
    search_[0] = 0;
    search_dim_ = d;
  }
  search_field("##search", search_, sizeof search_, "Search (/)", ImGui::IsWindowAppearing() || focus_search, 16 * e);
  probe_item(std::string("filter.") + dimension_key(dim) + ".search");
  // Escape closes the drop-down even while its search field has the keyboard.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
  std::vector<const FacetValue*> shown;
  for (const FacetValue& v : values)
    if (matches(v.name, search_)) shown.push_back(&v);
  if (!chosen.empty()) {
    ImGui::SameLine();
    if (secondary_button("Clear")) {
      filter_values(view.filter, dim).clear();
      changed = true;
    }
  }
  muted_text(format_count(static_cast<int64_t>(shown.size())) + " of " + format_count(static_cast<int64_t>(values.size())) +
             " " + dimension_label(dim) + " \xC2\xB7 lines in the data");
  const float row_h = ImGui::GetFrameHeightWithSpacing();
  const float list_h = std::min(static_cast<float>(std::max<size_t>(shown.size(), 1)) * row_h, 18 * e);
  ImGui::BeginChild("##values", ImVec2(22 * e, list_h), ImGuiChildFlags_None, ImGuiWindowFlags_None);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()), row_h);
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const FacetValue& v = *shown[static_cast<size_t>(i)];
      bool on = has_value(view.filter, dim, v.name);
      ImGui::PushID(i);
      if (ImGui::Checkbox(v.name.c_str(), &on)) {
        toggle_value(view.filter, dim, v.name);
        changed = true;
      }
      probe_item(std::string("filter.") + dimension_key(dim) + ".option." + v.name);
      const std::string n = format_count(v.lines);
      ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(n.c_str()).x);
      muted_text(n);
      ImGui::PopID();
    }
  if (shown.empty()) muted_text("Nothing matches.");
  ImGui::EndChild();
  ImGui::EndPopup();
  return changed;
}

bool FilterBar::draw_chips(ViewState& view) {
  const std::vector<FilterChip> chips = filter_chips(view.filter, view.date_preset);
  bool changed = false;
  auto place = [&](float width) {  // same line when it fits, else a new one
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
  };
  for (const FilterChip& c : chips) {
    const float w = chip_width(c.label);
    place(w);
    if (chip(c.key.c_str(), c.label)) {
      remove_chip(view.filter, c);
      if (c.date) view.date_preset = DatePreset::kAll;
      changed = true;
    }
    probe_item("chip." + c.key);
    if (c.date && view.filter.from && view.filter.to)
      item_tooltip(format_iso_date(*view.filter.from) + " to " + format_iso_date(*view.filter.to) + ". Click to remove.");
    else
      item_tooltip("Click to remove this filter (Escape clears them all).");
  }
  if (chips.size() >= 2) {
    place(button_width("Clear all"));
    ImGui::PushStyleColor(ImGuiCol_Button, 0);
    ImGui::PushStyleColor(ImGuiCol_Text, theme().accent);
    if (ImGui::Button("Clear all")) {
      view.filter = Filter{};
      view.date_preset = DatePreset::kAll;
      changed = true;
    }
    ImGui::PopStyleColor(2);
    probe_item("filter.clear");
  }
  return changed;
}

bool FilterBar::draw(ViewState& view, const Facets& facets, bool focus_search) {
  bool changed = draw_period(view, facets);
  for (int d = 0; d < kDimensionCount; ++d) {
    const auto dim = static_cast<Dimension>(d);
    if (facets.of(dim).empty()) continue;
    ImGui::SameLine();
    changed = draw_dimension(view, facets, dim, focus_search) || changed;
  }
  changed = draw_chips(view) || changed;
  return changed;
}

}  // namespace starcart
