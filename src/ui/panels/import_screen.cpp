#include "ui/panels/import_screen.h"

#include <algorithm>

#include "core/format.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/pii_mask.h"

namespace starcart {

// Contents: 1. the file list  2. how a file was read  3. the role table
//           4. the preview  5. the screen

namespace {

const char* kCheck = "\xE2\x9C\x93";  // ✓ (Inter has it; the cross is drawn)

bool required(Role r) {
  return r == Role::kOrderId || r == Role::kOrderDate || r == Role::kQuantity || r == Role::kUnitPrice;
}

std::string role_label(Role r) {
  if (r == Role::kNone) return "Not used";
  std::string s(role_info(r).label);
  if (required(r)) s += "  (required)";
  return s;
}

void colored_text(ImU32 col, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace

// --- 1. the file list ------------------------------------------------------------

void ImportScreen::draw_file_list(ImportPlan& plan) {
  const Theme& t = theme();
  for (size_t i = 0; i < plan.files.size(); ++i) {
    const ImportFile& f = plan.files[i];
    ImGui::PushID(static_cast<int>(i));
    const bool ok = f.profile && plan.missing_roles(i).empty();
    const float h = 2.6f * em();
    if (ImGui::Selectable("##file", plan.selected == static_cast<int>(i), 0, ImVec2(0, h)))
      plan.selected = static_cast<int>(i);
    probe_item("import.file." + std::to_string(i));
    const ImVec2 a = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = 0.4f * em();
    ImFont* strong = fonts().strong ? fonts().strong : ImGui::GetFont();
    const float fs = ImGui::GetFontSize();
    if (ok) dl->AddText(strong, fs, ImVec2(a.x + pad, a.y + 0.2f * em()), t.positive, kCheck);
    else draw_cross(dl, ImVec2(a.x + pad + 0.35f * em(), a.y + 0.2f * em() + fs * 0.5f), 0.25f * em(), t.negative);
    dl->AddText(strong, fs, ImVec2(a.x + pad + 1.2f * em(), a.y + 0.2f * em()), t.text, f.file.name.c_str());
    std::string sub = format_bytes(static_cast<int64_t>(f.file.bytes.size()));
    sub += f.profile ? "  \xC2\xB7  " + f.profile->layout : "  \xC2\xB7  cannot be read";
    dl->AddText(ImVec2(a.x + pad + 1.2f * em(), a.y + 1.3f * em()), t.text_muted, sub.c_str());
    ImGui::PopID();
  }
}

// --- 2. how a file was read ------------------------------------------------------

void ImportScreen::draw_reading(const ImportFile& f) {
  const FileProfile& p = *f.profile;
  if (!ImGui::BeginTable("reading", 5, ImGuiTableFlags_SizingStretchProp)) return;
  auto cell = [](const char* key, const std::string& value, const std::string& evidence, const char* probe) {
    ImGui::TableNextColumn();
    muted_text(key);
    section_title(value.c_str());
    probe_item(probe);
    item_tooltip(evidence);
  };
  cell("Layout", p.layout, "Recognised from the header row.", "import.layout");
  cell("Encoding", encoding_name(p.encoding.encoding), p.encoding.evidence, "import.encoding");
  cell("Delimiter", delimiter_words(p.dialect.delimiter), p.dialect_evidence, "import.delimiter");
  cell("Header row", p.has_header ? "yes" : "no (columns numbered)", "", "import.header");
  cell("Numbers", number_style_words(p.number_style), "Decided from the money columns of the first rows.",
       "import.numbers");
  ImGui::EndTable();
}

// --- 3. the role table -------------------------------------------------------------

void ImportScreen::draw_roles(ImportPlan& plan, size_t file) {
  const Theme& t = theme();
  const float e = em();
  FileProfile& p = *plan.files[file].profile;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  const float h = std::min(ImGui::GetContentRegionAvail().y * 0.55f,
                           (static_cast<float>(p.columns.size()) + 1.3f) * ImGui::GetFrameHeightWithSpacing());
  if (!ImGui::BeginTable("roles", 4, flags, ImVec2(0, std::max(h, 6 * e)))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Column in the file", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Used as", ImGuiTableColumnFlags_WidthFixed, 15 * e);
  ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthFixed, 7 * e);
  ImGui::TableSetupColumn("First values", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableHeadersRow();
  for (size_t c = 0; c < p.columns.size(); ++c) {
    const ColumnProfile& col = p.columns[c];
    ImGui::PushID(static_cast<int>(c));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(col.name.c_str());
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    const std::string key = "import.role." + col.name;
    if (ImGui::BeginCombo("##role", role_label(col.guess.role).c_str(), ImGuiComboFlags_HeightLarge)) {
      for (size_t r = 0; r < kRoleCount; ++r) {
        const auto role = static_cast<Role>(r);
        if (ImGui::Selectable(role_label(role).c_str(), role == col.guess.role)) plan.set_role(file, c, role);
        probe_item(key + ".option." + (role == Role::kNone ? std::string("none") : std::string(role_info(role).key)));
        if (role == col.guess.role) ImGui::SetItemDefaultFocus();
      }
      ImGui::EndCombo();
    }
    probe_item(key);
    item_tooltip(col.guess.reason);
    ImGui::TableNextColumn();
    if (col.guess.role != Role::kNone) {
      // A small bar: how sure the detection is.
      const ImVec2 a = ImGui::GetCursorScreenPos();
      const float w = 3.2f * e, bh = 0.4f * e, y = a.y + (ImGui::GetFrameHeight() - bh) * 0.5f;
      ImDrawList* dl = ImGui::GetWindowDrawList();
      dl->AddRectFilled(ImVec2(a.x, y), ImVec2(a.x + w, y + bh), t.grid, bh * 0.5f);
      const float conf = static_cast<float>(std::clamp(col.guess.confidence, 0.0, 1.0));
      dl->AddRectFilled(ImVec2(a.x, y), ImVec2(a.x + w * conf, y + bh),
                        conf >= 0.8f ? t.positive : conf >= 0.5f ? t.accent : t.negative, bh * 0.5f);
      ImGui::Dummy(ImVec2(w + 0.4f * e, ImGui::GetFrameHeight()));
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      number_cell_text(format_percent(col.guess.confidence, 0));
      item_tooltip(col.guess.reason);
    }
    ImGui::TableNextColumn();
    std::string samples;
    for (const std::string& s : col.samples) samples += (samples.empty() ? "" : "  \xC2\xB7  ") + s;
    ImGui::AlignTextToFramePadding();
    muted_text(samples);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// --- 4. the preview ------------------------------------------------------------------

void ImportScreen::draw_preview(const FileProfile& p) {
  const int cols = static_cast<int>(std::min<size_t>(p.columns.size(), 64));
  if (cols == 0) return;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("preview", cols, flags, ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, 5 * em()))))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (int c = 0; c < cols; ++c) {
    const ColumnProfile& col = p.columns[static_cast<size_t>(c)];
    std::string head = col.name;
    if (col.guess.role != Role::kNone) head += "\n" + std::string(role_info(col.guess.role).label);
    ImGui::TableSetupColumn(head.c_str());
  }
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(p.preview.size()));
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      ImGui::TableNextRow();
      const auto& row = p.preview[static_cast<size_t>(r)];
      for (int c = 0; c < cols; ++c) {
        ImGui::TableNextColumn();
        if (static_cast<size_t>(c) >= row.size()) continue;
        const std::string& cell = row[static_cast<size_t>(c)];
        if (is_personal_role(p.columns[static_cast<size_t>(c)].guess.role))
          ImGui::TextUnformatted(pii_mask().id(cell).c_str());
        else
          ImGui::TextUnformatted(cell.c_str());
      }
    }
  ImGui::EndTable();
}

// --- 5. the screen -----------------------------------------------------------------------

ImportAction ImportScreen::draw(ImportPlan& plan, bool can_go_back) {
  const Theme& t = theme();
  const float e = em();
  ImportAction action = ImportAction::kNone;
  if (plan.files.empty()) return ImportAction::kBack;
  plan.selected = std::clamp(plan.selected, 0, static_cast<int>(plan.files.size()) - 1);
  if (fonts().title) ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(plan.files.size() == 1 ? "Check how your file was read" : "Check how your files were read");
  if (fonts().title) ImGui::PopFont();
  muted_text("Everything below was detected from the data. Change a column's role if it is wrong, then build the dashboard.");

  // The action bar sits at the bottom; the rest shares the height above it.
  const float bar_h = 3.4f * e;
  const float body_h = std::max(10 * e, ImGui::GetContentRegionAvail().y - bar_h);
  const float list_w = std::min(20 * e, ImGui::GetContentRegionAvail().x * 0.28f);
  ImGui::BeginChild("files", ImVec2(list_w, body_h), ImGuiChildFlags_Border);
  section_title(plan.files.size() == 1 ? "File" : "Files");
  draw_file_list(plan);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("detail", ImVec2(0, body_h), ImGuiChildFlags_Border);
  const size_t sel = static_cast<size_t>(plan.selected);
  const ImportFile& f = plan.files[sel];
  if (!f.profile) {
    section_title(f.file.name.c_str());
    colored_text(t.negative, f.error.message);
    if (!f.error.hint.empty()) muted_text(f.error.hint);
  } else {
    draw_reading(f);
    ImGui::Dummy(ImVec2(0, 0.2f * e));
    section_title("What each column holds");
    ImGui::SameLine();
    muted_text("(hover a role or a confidence for the reason)");
    if (plan.edited(sel)) {
      ImGui::SameLine(ImGui::GetContentRegionMax().x - button_width("Reset to detected"));
      if (secondary_button("Reset to detected")) plan.reset(sel);
      probe_item("import.reset");
    }
    draw_roles(plan, sel);
    ImGui::Dummy(ImVec2(0, 0.2f * e));
    section_title("First rows");
    ImGui::SameLine();
    muted_text("(as read, before types are checked)");
    draw_preview(*f.profile);
  }
  ImGui::EndChild();

  // Action bar: date order, problems, Build and Back.
  ImGui::Dummy(ImVec2(0, 0.2f * e));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Dates:");
  ImGui::SameLine();
  const char* orders[] = {"decide from the data", "day first (D/M/Y)", "month first (M/D/Y)"};
  int order = !plan.date_order ? 0 : *plan.date_order == DateOrder::kDayFirst ? 1 : 2;
  ImGui::SetNextItemWidth(13 * e);
  if (ImGui::Combo("##date_order", &order, orders, 3))
    plan.date_order = order == 0 ? std::nullopt : std::optional<DateOrder>(order == 1 ? DateOrder::kDayFirst : DateOrder::kMonthFirst);
  probe_item("import.date_order");
  item_tooltip("Dates like 3/4/2011 can be read two ways. By default each date column decides from its own values "
               "(a first number above 12 means day first); the decision and its evidence are shown after the load.");
  const std::vector<std::string> problems = plan.problems();
  ImGui::SameLine();
  if (!problems.empty()) colored_text(t.negative, problems.front() + (problems.size() > 1 ? "  (+" + std::to_string(problems.size() - 1) + " more)" : ""));
  const float bw = button_width("Build dashboard"), back_w = button_width(can_go_back ? "Back" : "Cancel");
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - bw - back_w - ImGui::GetStyle().ItemSpacing.x);
  if (secondary_button(can_go_back ? "Back" : "Cancel")) action = ImportAction::kBack;
  probe_item("import.back");
  ImGui::SameLine();
  ImGui::BeginDisabled(!plan.ready());
  if (primary_button("Build dashboard")) action = ImportAction::kBuild;
  ImGui::EndDisabled();
  probe_item("import.build");
  if (!plan.ready()) item_tooltip(problems.empty() ? "" : problems.front());
  return action;
}

}  // namespace starcart
