#include "ui/panels/share_menu.h"

#include "imgui.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {
constexpr const char* kLabel = "Share & export";

bool menu_item(const std::string& label, const std::string& probe, bool enabled = true, bool checked = false) {
  const bool chosen = ImGui::MenuItem(label.c_str(), nullptr, checked, enabled);
  probe_item(probe);
  return chosen;
}
}  // namespace

float ShareMenu::button_width() { return starcart::button_width(kLabel); }

ShareRequest ShareMenu::draw(const ShareContext& c) {
  ShareRequest r;
  if (secondary_button(kLabel)) ImGui::OpenPopup("share_menu");
  probe_item("header.share");
  if (!c.flash.empty()) {
    ImGui::SameLine();
    muted_text(c.flash);
  }
  if (!ImGui::BeginPopup("share_menu")) return r;
  auto pick = [&](ShareAction a, std::string what = {}) {
    r.action = a;
    r.what = std::move(what);
  };
  if (menu_item("Copy link to this view", "share.copy_link", c.has_link)) pick(ShareAction::kCopyLink);
  ImGui::Separator();
  if (menu_item("Executive report (HTML)", "share.report", c.has_link)) pick(ShareAction::kReportHtml);
  if (menu_item(c.sqlite_ready ? "Warehouse (.sqlite)" : "Warehouse (.sqlite): SQLite is still building",
                "share.sqlite", c.sqlite_ready))
    pick(ShareAction::kWarehouseSqlite);
  if (ImGui::BeginMenu("Figures as CSV", !c.report_tables.empty())) {
    for (const auto& [key, title] : c.report_tables)
      if (menu_item(title, "share.table." + key)) pick(ShareAction::kReportTableCsv, key);
    ImGui::EndMenu();
  }
  probe_item("share.tables");
  if (ImGui::BeginMenu("Warehouse tables as CSV", c.sqlite_ready)) {
    for (const std::string& t : c.warehouse_tables)
      if (menu_item(t, "share.wtable." + t)) pick(ShareAction::kWarehouseTableCsv, t);
    ImGui::EndMenu();
  }
  probe_item("share.wtables");
  if (ImGui::BeginMenu("Charts on this tab", !c.charts.empty())) {
    for (const ShareContext::Chart& ch : c.charts) {
      if (menu_item(ch.title + " (PNG)", "share.png." + ch.id)) pick(ShareAction::kChartPng, ch.id);
      if (ch.has_data && menu_item(ch.title + " data (CSV)", "share.csv." + ch.id)) pick(ShareAction::kChartCsv, ch.id);
    }
    ImGui::EndMenu();
  }
  probe_item("share.charts");
  ImGui::Separator();
  if (menu_item("Mask customer ids, emails and names", "share.mask", true, c.mask)) pick(ShareAction::kToggleMask);
  if (c.can_remember) {
    if (c.remembered) {
      if (menu_item("Forget the saved dataset", "share.forget")) pick(ShareAction::kForget);
    } else if (menu_item("Remember this dataset in this browser", "share.remember", c.has_link)) {
      pick(ShareAction::kRemember);
    }
  }
  if (!c.version.empty()) {
    ImGui::Separator();
    muted_text("starcart " + c.version);
  }
  ImGui::EndPopup();
  return r;
}

bool draw_notice(const std::string& text) {
  const Theme& t = theme();
  const float e = em();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, t.accent_soft);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.8f * e, 0.5f * e));
  ImGui::BeginChild("##notice", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  text_wrapped(text, ImGui::GetContentRegionAvail().x - 6 * e);
  probe_item("notice.text");
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button_width("Close"));
  const bool closed = secondary_button("Close");
  probe_item("notice.close");
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  return closed;
}

}  // namespace starcart
