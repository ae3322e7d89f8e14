// The App's Geography, Trends, Returns, Payments and Data tabs (issue 7):
// each reads the analyzer's figures for the current filter (computed once per
// filter, only for the tab on screen) and turns a click on a country or a
// payment type into a filter edit for every panel.
#include "ui/app.h"
#include "ui/rejected_rows.h"
#include "ui/select_only.h"

namespace starcart {

namespace {

// The tab's scrolling-free area under the tab bar.
void begin_tab_area(const char* id, float content_h) {
  ImGui::BeginChild(id, ImVec2(0, content_h - ImGui::GetFrameHeightWithSpacing()), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoBackground);
}

}  // namespace

void App::draw_data_tabs(float content_h) {
  auto flags = [&](Tab tab) { return tab_request_ && *tab_request_ == tab ? ImGuiTabItemFlags_SetSelected : 0; };
  const std::string& currency = session_.store().currency_symbol;
  const uint64_t generation = session_.generation();
  if (ImGui::BeginTabItem("Geography", nullptr, flags(Tab::kGeography))) {
    view_.tab = Tab::kGeography;
    begin_tab_area("geography", content_h);
    if (auto country = geography_.draw(analyzer_->geography(), world(), view_.filter, currency)) {
      select_only(view_.filter, Dimension::kCountry, *country);
      filter_changed_ = true;
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  probe_item("tab.geography");
  if (ImGui::BeginTabItem("Trends", nullptr, flags(Tab::kTrends))) {
    view_.tab = Tab::kTrends;
    begin_tab_area("trends", content_h);
    trends_.draw(analyzer_->trends(), currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  probe_item("tab.trends");
  if (ImGui::BeginTabItem("Returns", nullptr, flags(Tab::kReturns))) {
    view_.tab = Tab::kReturns;
    begin_tab_area("returns", content_h);
    returns_.draw(*analyzer_, generation, currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  probe_item("tab.returns");
  if (ImGui::BeginTabItem("Payments", nullptr, flags(Tab::kPayments))) {
    view_.tab = Tab::kPayments;
    begin_tab_area("payments", content_h);
    if (auto type = payments_.draw(*analyzer_, generation, currency)) {
      select_only(view_.filter, Dimension::kPayment, *type);
      filter_changed_ = true;
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  probe_item("tab.payments");
  if (ImGui::BeginTabItem("Data", nullptr, flags(Tab::kData))) {
    view_.tab = Tab::kData;
    begin_tab_area("data", content_h);
    if (data_.draw(session_, load_report_, platform_, focus_search_)) {
      const std::string base = session_.title().substr(0, session_.title().rfind('.'));
      platform_.download(base + "-rejected-rows.csv", rejected_rows_csv(session_.store().rejected), "text/csv");
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  probe_item("tab.data");
}

}  // namespace starcart
