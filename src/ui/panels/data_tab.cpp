#include "ui/panels/data_tab.h"

#include <algorithm>

#include "core/json_writer.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart {

bool DataTab::draw(Session& session, Database* db, LoadReportPanel& load_report, PlatformServices& platform,
                   bool focus_search) {
  const float e = em();
  if (generation_ != session.generation()) {
    console_.clear_result();  // its rows belong to the previous dataset
    generation_ = session.generation();
  }
  const double fill = session.sql_progress().fraction();
  SqlTarget target;
  target.db = db;
  target.fill_fraction = fill;
  target.failed = session.sql_state() == Session::SqlState::kFailed;
  if (target.failed) target.failure = session.error().message;
  target.file_base = session.title().substr(0, session.title().rfind('.'));

  const float h = ImGui::GetContentRegionAvail().y;
  // At least 20 em: the longest names ("mart_customer_month") with the tree's
  // indent and the rows column (at 1,024 px 17 em cut them mid-letter).
  const float left_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.26f, 20 * e, 24 * e);
  begin_card("schema_card", "Schema", ImVec2(left_w, h));
  if (auto sql = schema_.draw(db, fill, session.generation())) console_.set_sql(*sql);
  end_card();
  ImGui::SameLine();
  bool download = false;
  ImGui::BeginChild("data_right", ImVec2(0, h), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
  if (ImGui::BeginTabBar("data_sections")) {
    if (ImGui::BeginTabItem("SQL console")) {
      ImGui::BeginChild("console", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
      console_.draw(target, platform);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    probe_item("data.section.console");
    if (ImGui::BeginTabItem("Data quality")) {
      ImGui::BeginChild("quality", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
      quality_.draw(db, fill, session.generation());
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    probe_item("data.section.quality");
    if (ImGui::BeginTabItem("Rejected rows")) {
      ImGui::BeginChild("load_report", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
      download = load_report.draw(session.store(), focus_search);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    probe_item("data.section.rejected");
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  return download;
}

void DataTab::write_json(JsonWriter& w) const {
  w.begin_object();
  w.field("tables", static_cast<int64_t>(schema_.tables()));
  w.field("failing_rules", quality_.failing_rules());
  w.key("console");
  console_.write_json(w);
  w.end_object();
}

}  // namespace starcart
