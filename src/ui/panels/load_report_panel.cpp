#include "ui/panels/load_report_panel.h"

#include <algorithm>

#include "core/format.h"
#include "ui/fonts.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/pii_mask.h"

namespace starcart {

void LoadReportPanel::draw_counts(const FactStore& s) {
  const float e = em();
  const LoadCounts c = s.totals();
  struct Tile {
    const char* label;
    int64_t value;
    const char* help;
  } tiles[] = {
      {"Rows read", c.rows_read, "Data rows in the files (header rows not counted)."},
      {"Loaded", c.rows_loaded, "Rows that became order lines."},
      {"Rejected", c.rows_rejected, "Rows that could not be read (see below); they are in no figure."},
      {"Duplicates", c.duplicates, "Byte-identical repeats of an earlier row: loaded once."},
      {"Excluded", s.excluded_lines, "Loaded lines in no figure: unit price 0 or below, or quantity 0 (stock "
                                     "adjustments, write-offs)."},
  };
  const int per_row = ImGui::GetContentRegionAvail().x < 40 * e ? 3 : 5;
  const float w = column_width(per_row);
  for (int i = 0; i < 5; ++i) {
    if (i % per_row != 0) ImGui::SameLine();
    begin_card((std::string("count") + std::to_string(i)).c_str(), nullptr, ImVec2(w, 5.2f * e));
    muted_text(tiles[i].label);
    if (fonts().figure) ImGui::PushFont(fonts().figure);
    ImGui::TextUnformatted(format_count(tiles[i].value).c_str());
    if (fonts().figure) ImGui::PopFont();
    end_card();
    probe_item(std::string("load.count.") + tiles[i].label);
    item_tooltip(tiles[i].help);
  }
}

void LoadReportPanel::draw_files(const FactStore& s) {
  // The other columns fit their content (short words and counts); the file
  // name takes the rest of the width, so it is cut only when the page is narrow.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("files", 8, flags)) return;
  ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch);
  for (const char* h : {"Layout", "Encoding", "Size", "Read", "Loaded", "Rejected", "Duplicates"})
    ImGui::TableSetupColumn(h, ImGuiTableColumnFlags_WidthFixed);
  table_headers_row(~uint64_t{0} << 3);
  for (const SourceFile& f : s.files) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_cell(f.name);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(f.layout.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(f.encoding.c_str());
    ImGui::TableNextColumn();
    number_cell_text(format_bytes(f.bytes));
    for (int64_t v : {f.counts.rows_read, f.counts.rows_loaded, f.counts.rows_rejected, f.counts.duplicates}) {
      ImGui::TableNextColumn();
      number_cell_text(format_count(v));
    }
  }
  ImGui::EndTable();
}

void LoadReportPanel::draw_decisions(const FactStore& s) {
  const Theme& t = theme();
  size_t n = 0;
  for (const SourceFile& f : s.files) n += f.decisions.size();
  if (n == 0) {
    muted_text("No decision was needed.");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("decisions", 4, flags)) return;
  ImGui::TableSetupColumn("File", 0, 1.0f);
  ImGui::TableSetupColumn("Column", 0, 0.8f);
  ImGui::TableSetupColumn("Decision", 0, 1.6f);
  ImGui::TableSetupColumn("Evidence", 0, 2.2f);
  ImGui::TableHeadersRow();
  int k = 0;
  for (const SourceFile& f : s.files)
    for (const Decision& d : f.decisions) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(f.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(d.column.empty() ? "(file)" : d.column.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(d.what.c_str());
      probe_item("load.decision." + std::to_string(k++));
      if (d.needs_review) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, t.negative);
        ImGui::TextUnformatted("check this");
        ImGui::PopStyleColor();
        item_tooltip("The data does not prove this choice (no date has a day above 12, for instance). If it is wrong, "
                     "open the files again and choose the date order on the import screen.");
      }
      ImGui::TableNextColumn();
      muted_wrapped(d.evidence);
    }
  ImGui::EndTable();
}

bool LoadReportPanel::draw_rejected(const FactStore& s, bool focus_search) {
  const float e = em();
  bool download = false;
  const size_t n = s.rejected.size();
  if (n == 0) {
    muted_text("No row was rejected.");
    return false;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted((format_count(static_cast<int64_t>(n)) + (n == 1 ? " row was" : " rows were") +
                          " rejected: they are kept here, not dropped silently.")
                             .c_str());
  ImGui::SameLine();
  if (secondary_button(show_rejected_ ? "Hide rejected rows" : "Show rejected rows")) show_rejected_ = !show_rejected_;
  probe_item("load.show_rejected");
  ImGui::SameLine();
  if (primary_button("Download rejected rows (CSV)")) download = true;
  probe_item("load.download_rejected");
  if (!show_rejected_) return download;

  search_field("##rejected_search", search_, sizeof search_, "Search file, column, reason or text (/)", focus_search, 22 * e);
  probe_item("load.search");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  const float h = std::max(ImGui::GetContentRegionAvail().y, 12 * e);
  if (!ImGui::BeginTable("rejected", 5, flags, ImVec2(0, h))) return download;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_None, 0.8f, static_cast<ImGuiID>(RejectedColumn::kFile));
  ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortAscending, 0.35f,
                          static_cast<ImGuiID>(RejectedColumn::kLine));
  ImGui::TableSetupColumn("Column", ImGuiTableColumnFlags_None, 0.6f, static_cast<ImGuiID>(RejectedColumn::kColumn));
  ImGui::TableSetupColumn("Reason", ImGuiTableColumnFlags_None, 1.6f, static_cast<ImGuiID>(RejectedColumn::kReason));
  ImGui::TableSetupColumn("Raw text", ImGuiTableColumnFlags_None, 2.2f, static_cast<ImGuiID>(RejectedColumn::kRaw));
  table_headers_row(column_bit(1));
  // Re-sort only when the sort specs, the search or the data change (STYLE 9).
  bool dirty = view_store_ != &s || view_rows_ != n || view_search_ != search_;
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs())
    if (specs->SpecsDirty && specs->SpecsCount > 0) {
      sort_by_ = static_cast<RejectedColumn>(specs->Specs[0].ColumnUserID);
      ascending_ = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
      specs->SpecsDirty = false;
      dirty = true;
    }
  if (dirty) {
    view_ = rejected_view(s.rejected, sort_by_, ascending_, search_);
    view_store_ = &s;
    view_rows_ = n;
    view_search_ = search_;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(view_.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const RejectedRow& r = s.rejected[view_[static_cast<size_t>(i)]];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      text_cell(r.file);
      ImGui::TableNextColumn();
      number_cell_text(format_count(r.line));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.column_name.empty() ? (r.column ? std::to_string(r.column).c_str() : "(row)")
                                                   : r.column_name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.reason.c_str());
      ImGui::TableNextColumn();
      const std::string raw = pii_mask().text(r.raw);  // may hold any column: emails, names
      text_cell(raw);
      item_tooltip(raw);
    }
  ImGui::EndTable();
  return download;
}

bool LoadReportPanel::draw(const FactStore& s, bool focus_search) {
  const float e = em();
  draw_counts(s);
  ImGui::Dummy(ImVec2(0, 0.3f * e));
  section_title("Files");
  draw_files(s);
  ImGui::Dummy(ImVec2(0, 0.3f * e));
  section_title("Decisions made while reading");
  draw_decisions(s);
  ImGui::Dummy(ImVec2(0, 0.3f * e));
  section_title("Rejected rows");
  return draw_rejected(s, focus_search);
}

}  // namespace starcart
