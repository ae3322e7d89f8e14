#include "ui/panels/quality_panel.h"

#include <algorithm>

#include "core/format.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/pii_mask.h"

namespace starcart {

namespace {

ImU32 severity_color(Severity s) {
  const Theme& t = theme();
  switch (s) {
    case Severity::kError: return t.negative;
    case Severity::kWarning: return IM_COL32(0xE6, 0x9F, 0x00, 0xFF);  // Okabe-Ito orange: reads on both themes
    case Severity::kInfo: return t.text_muted;
  }
  return t.text_muted;
}

std::string value_text(const SqlValue& v) { return v.type == SqlValue::Type::kNull ? "-" : v.to_string(); }

}  // namespace

void QualityPanel::draw(Database* db, double fill_fraction, uint64_t generation) {
  const float e = em();
  if (!db) {
    loaded_ = false;
    muted_text("SQLite is being filled: " + format_percent(fill_fraction, 0) +
               ". The data-quality report is computed at the end of the fill.");
    ImGui::ProgressBar(static_cast<float>(fill_fraction), ImVec2(20 * e, 0.5f * e), "");
    probe_item("data.quality.filling");
    return;
  }
  if (!loaded_ || generation_ != generation) {
    auto r = read_quality_report(*db);
    error_.clear();
    report_ = QualityReport{};
    if (r) report_ = std::move(*r);
    else error_ = r.error().message;
    loaded_ = true;
    generation_ = generation;
  }
  if (!error_.empty()) {
    text_wrapped("The data-quality report could not be read: " + error_);
    return;
  }
  const int64_t failing = report_.failing_rules();
  ImGui::TextUnformatted((format_count(static_cast<int64_t>(report_.rules.size())) + " rules checked, " +
                          format_count(failing) + (failing == 1 ? " finds" : " find") + " rows to look at")
                             .c_str());
  probe_item("data.quality.summary");
  ImGui::SameLine();
  muted_text("(\"future\" means after " + format_iso_date(report_.reference_day) + ", " + report_.reference + ")");
  draw_rules();
  ImGui::Dummy(ImVec2(0, 0.3f * e));
  section_title("Column profile");
  draw_profile();
}

void QualityPanel::draw_rules() {
  const float e = em();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_ScrollY;
  const float rows_h = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<size_t>(report_.rules.size(), 10) + 1) +
                       0.6f * e;
  if (!ImGui::BeginTable("dq_rules", 6, flags, ImVec2(0, rows_h))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Severity", 0, 0.5f);
  ImGui::TableSetupColumn("Rule", 0, 2.4f);
  ImGui::TableSetupColumn("Where", 0, 1.1f);
  ImGui::TableSetupColumn("Checked", 0, 0.6f);
  ImGui::TableSetupColumn("Failing", 0, 0.6f);
  ImGui::TableSetupColumn("Share", 0, 0.5f);
  table_headers_row(column_bit(3) | column_bit(4) | column_bit(5));
  for (size_t i = 0; i < report_.rules.size(); ++i) {
    const RuleResult& r = report_.rules[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, r.failures > 0 ? severity_color(r.severity) : theme().positive);
    ImGui::TextUnformatted(r.failures > 0 ? severity_name(r.severity) : "ok");
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    const bool cut = text_cell(r.description);
    probe_item("data.quality.rule." + std::to_string(i));
    if (ImGui::IsItemHovered() && !r.examples.empty()) {
      std::string tip = (cut ? r.description + "\n\n" : std::string()) + "Examples (row key: detail)";
      for (const RuleExample& x : r.examples) tip += "\n" + std::to_string(x.row_key) + ": " + pii_mask().text(x.detail);
      ImGui::SetTooltip("%s", tip.c_str());
    }
    ImGui::TableNextColumn();
    text_cell(r.table + (r.column.empty() ? "" : "." + r.column));
    ImGui::TableNextColumn();
    number_cell_text(format_count(r.checked));
    ImGui::TableNextColumn();
    number_cell_text(format_count(r.failures));
    ImGui::TableNextColumn();
    number_cell_text(r.checked > 0 ? format_percent(static_cast<double>(r.failures) / static_cast<double>(r.checked))
                                   : std::string("-"));
  }
  ImGui::EndTable();
}

void QualityPanel::draw_profile() {
  const float e = em();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("dq_profile", 7, flags, ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, 8 * e)))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Table", 0, 1.0f);
  ImGui::TableSetupColumn("Column", 0, 1.0f);
  ImGui::TableSetupColumn("Type", 0, 0.6f);
  ImGui::TableSetupColumn("NULL", 0, 0.5f);
  ImGui::TableSetupColumn("Distinct", 0, 0.6f);
  ImGui::TableSetupColumn("Minimum", 0, 1.0f);
  ImGui::TableSetupColumn("Maximum", 0, 1.0f);
  table_headers_row(column_bit(3) | column_bit(4));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(report_.columns.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ColumnStats& c = report_.columns[static_cast<size_t>(i)];
      ImGui::TableNextRow();
      const std::string cells[] = {c.table, c.column, c.declared_type, format_percent(c.null_share),
                                   format_count(c.distinct), value_text(c.min), value_text(c.max)};
      for (size_t k = 0; k < std::size(cells); ++k) {
        ImGui::TableNextColumn();
        if (k == 3 || k == 4) number_cell_text(cells[k]);
        else text_cell(cells[k]);
      }
    }
  ImGui::EndTable();
}

}  // namespace starcart
