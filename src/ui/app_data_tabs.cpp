// The App's Geography, Trends, Returns, Payments and Data tabs (issue 7):
// each reads the analyzer's figures for the current filter (computed once per
// filter, only for the tab on screen) and turns a click on a country or a
// payment type into a filter edit for every panel.
#include "ui/app.h"

#include <algorithm>

#include "ui/charts/canvas.h"
#include "ui/panels/experiments_tab.h"
#include "ui/rejected_rows.h"
#include "ui/select_only.h"

namespace starcart {

namespace {

// The tab's first frame on big data: its figures are computed in the next
// frame, this one says so (draw_tab decides, as for the other tabs).
void loading_state(const char* id) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  charts::chart_placeholder(id, ImVec2(avail.x, std::min(avail.y, 18 * ImGui::GetFontSize())), charts::ChartStatus::kLoading,
                            "");
}

}  // namespace

void App::draw_data_tabs(float content_h) {
  bool loading = false;
  const std::string& currency = session_.store().currency_symbol;
  const uint64_t generation = session_.generation();
  if (draw_tab("Geography", "geography", Tab::kGeography, content_h, loading)) {
    if (loading) {
      loading_state("geography.loading");
    } else if (auto country = geography_.draw(analyzer_->geography(), world(), view_.filter, currency)) {
      select_only(view_.filter, Dimension::kCountry, *country);
      filter_changed_ = true;
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (draw_tab("Trends", "trends", Tab::kTrends, content_h, loading)) {
    if (loading) loading_state("trends.loading");
    else trends_.draw(analyzer_->trends(), &analyzer_->forecast(), currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (draw_tab("Returns", "returns", Tab::kReturns, content_h, loading)) {
    if (loading) loading_state("returns.loading");
    else returns_.draw(*analyzer_, generation, currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (draw_tab("Payments", "payments", Tab::kPayments, content_h, loading)) {
    if (loading) {
      loading_state("payments.loading");
    } else if (auto type = payments_.draw(*analyzer_, generation, currency)) {
      select_only(view_.filter, Dimension::kPayment, *type);
      filter_changed_ = true;
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (!session_.store().variant.empty() &&
      draw_tab("Experiments", "experiments", Tab::kExperiments, content_h, loading)) {
    if (loading) loading_state("experiments.loading");
    else draw_experiments_tab(analyzer_->experiment(), currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  // Operations only when the data has an event log, a stock file or delivery dates.
  if (has_operations_data(session_.store()) &&
      draw_tab("Operations", "operations", Tab::kOperations, content_h, loading)) {
    if (loading) loading_state("operations.loading");
    else operations_.draw(analyzer_->operations(), currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  // The Data tab computes no figures: it never needs the loading frame.
  if (draw_tab("Data", "data", Tab::kData, content_h, loading)) {
    if (data_.draw(session_, console_database(), load_report_, platform_, focus_search_)) download_rejected_rows();
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
}

}  // namespace starcart
