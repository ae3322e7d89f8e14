#include "ui/panels/loading_panel.h"

#include <algorithm>

#include "core/format.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

bool LoadingPanel::draw(const std::string& title, const Progress& p, double elapsed_ms) {
  const float e = em();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, 36.0f * e);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (avail.x - width) * 0.5f,
                             ImGui::GetCursorPosY() + avail.y * 0.35f));
  ImGui::BeginGroup();
  if (fonts().title) ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(("Loading " + title).c_str());
  if (fonts().title) ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, theme().text_muted);
  ImGui::TextUnformatted(p.stage.c_str());
  ImGui::PopStyleColor();
  const float fraction = static_cast<float>(p.fraction());
  ImGui::ProgressBar(fraction, ImVec2(width, 0.9f * e), "");
  const double seconds = elapsed_ms / 1000.0;
  std::string line = format_bytes(p.done) + " of " + format_bytes(p.total) + "  ·  " + format_count(p.rows) + " rows";
  if (seconds > 0.05 && p.done > 0) {
    const double rate = static_cast<double>(p.done) / seconds;
    line += "  ·  " + format_bytes(static_cast<int64_t>(rate)) + "/s";
    if (p.total > p.done) line += "  ·  about " + format_duration(static_cast<double>(p.total - p.done) / rate) + " left";
  }
  ImGui::PushStyleColor(ImGuiCol_Text, theme().text_muted);
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopStyleColor();
  ImGui::Dummy(ImVec2(0, 0.3f * e));
  bool cancel = secondary_button("Cancel");
  probe_item("loading.cancel");
  ImGui::EndGroup();
  return cancel;
}

}  // namespace starcart
