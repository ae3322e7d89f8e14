#include "ui/panels/schema_browser.h"

#include "core/format.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

std::optional<std::string> SchemaBrowser::draw(Database* db, double fill_fraction, uint64_t generation) {
  const float e = em();
  std::optional<std::string> query;
  if (!db) {
    loaded_ = false;
    muted_text("SQLite is being filled: " + format_percent(fill_fraction, 0));
    ImGui::ProgressBar(static_cast<float>(fill_fraction), ImVec2(-1, 0.5f * e), "");
    probe_item("data.schema.filling");
    muted_wrapped("The tables appear here when the star schema is written; the dashboard works meanwhile.");
    return query;
  }
  // The catalogue is read once per dataset (row counts cost a scan of each table).
  if (!loaded_ || generation_ != generation) {
    auto s = describe_schema(*db);
    tables_.clear();
    error_.clear();
    if (s) tables_ = std::move(*s);
    else error_ = s.error().message;
    loaded_ = true;
    generation_ = generation;
  }
  if (!error_.empty()) {
    text_wrapped("The schema could not be read: " + error_);
    return query;
  }
  const Theme& t = theme();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("schema", 2, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return query;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Table / column", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Rows / type", ImGuiTableColumnFlags_WidthFixed, 5.2f * e);
  ImGui::TableHeadersRow();
  for (const SchemaTable& table : tables_) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const bool view = table.kind == SchemaTable::Kind::kView;
    const bool open = ImGui::TreeNodeEx(table.name.c_str(), ImGuiTreeNodeFlags_SpanAllColumns);
    probe_item("data.schema.table." + table.name);
    if (ImGui::IsItemHovered()) {
      std::string tip = (view ? "View " : "Table ") + table.name;
      if (!table.description.empty()) tip += "\n" + table.description;
      tip += "\nDouble-click: query it in the console";
      ImGui::SetTooltip("%s", tip.c_str());
      if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        query = "SELECT *\nFROM " + table.name + "\nLIMIT 100;";
    }
    ImGui::TableNextColumn();
    if (view) muted_text("view");
    else number_cell_text(table.rows >= 0 ? format_count(table.rows) : std::string("-"));
    if (!open) continue;
    for (const SchemaColumn& c : table.columns) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Indent(0.4f * e);
      std::string name = c.name;
      if (c.primary_key) name += "  (key)";
      ImGui::TextUnformatted(name.c_str());
      if (!c.references.empty() || c.not_null) {
        std::string tip;
        if (c.not_null) tip += "Never NULL";
        if (!c.references.empty()) tip += std::string(tip.empty() ? "" : "\n") + "Refers to " + c.references;
        item_tooltip(tip);
      }
      ImGui::Unindent(0.4f * e);
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
      ImGui::TextUnformatted(c.type.empty() ? "any" : c.type.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::TreePop();
  }
  ImGui::EndTable();
  return query;
}

}  // namespace starcart
