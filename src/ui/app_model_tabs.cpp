// The App's Predict tab (issue 10): the model fits (CLV, churn, forecast)
// run only while the tab is on screen, once per filter (Analyzer caches
// them); on big data the tab's first frame shows the loading state, then the
// forecast and the churn fit get a frame each (predict_model_step). The
// BG/NBD fit, seconds on a million lines, runs in slices of 25 ms per frame
// with its progress on screen.
#include "ui/app.h"

#include <algorithm>

#include "core/format.h"
#include "core/job.h"
#include "ui/charts/canvas.h"

namespace starcart {

// Runs the CLV fit for a slice of this frame (it takes seconds on a million
// lines: the page keeps drawing, with the progress). True once it is done.
bool App::fit_clv_step() {
  constexpr double kBudgetMs = 25;
  const double t0 = now_ms();
  bool done = analyzer_->clv_step(2);
  while (!done && now_ms() - t0 < kBudgetMs) done = analyzer_->clv_step(4);
  if (!done) {
    tab_pending_ = true;  // another frame soon
  } else if (!clv_fitted_) {
    clv_fitted_ = true;
    snapshot_report_valid_ = false;  // window.starcart now carries the predictive sections
  }
  return done;
}

// On big data the forecast and each of the churn fit's three passes (tens
// of milliseconds each at a million lines) get a frame of their own before
// the CLV steps, so the page keeps answering. Returns what is being fitted, or null once both are.
const char* App::predict_model_step() {
  if (!analyzer_->forecast_ready()) {
    analyzer_->forecast();
    tab_pending_ = true;
    return "Forecasting revenue";
  }
  if (!analyzer_->churn_step()) {  // three steps: training and fit, test window, scoring
    tab_pending_ = true;
    return "Fitting the churn model";
  }
  return nullptr;
}

void App::draw_model_tabs(float content_h) {
  bool loading = false;
  const std::string& currency = session_.store().currency_symbol;
  if (draw_tab("Predict", "predict", Tab::kPredict, content_h, loading)) {
    if (loading) {
      const ImVec2 avail = ImGui::GetContentRegionAvail();
      charts::chart_placeholder("predict.loading", ImVec2(avail.x, std::min(avail.y, 18 * ImGui::GetFontSize())),
                                charts::ChartStatus::kLoading, "Fitting the models");
    } else if (const char* fitting = predict_model_step()) {
      const ImVec2 avail = ImGui::GetContentRegionAvail();
      charts::chart_placeholder("predict.fitting", ImVec2(avail.x, std::min(avail.y, 18 * ImGui::GetFontSize())),
                                charts::ChartStatus::kLoading, fitting);
      probe_item("predict.fitting");
    } else if (!fit_clv_step()) {
      const ImVec2 avail = ImGui::GetContentRegionAvail();
      charts::chart_placeholder("predict.fitting", ImVec2(avail.x, std::min(avail.y, 18 * ImGui::GetFontSize())),
                                charts::ChartStatus::kLoading,
                                "Fitting BG/NBD: " + format_percent(analyzer_->clv_progress(), 0));
      probe_item("predict.fitting");
    } else {
      predict_.draw(*analyzer_, currency);
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  // Marketing only when the order lines name channels or a spend file was loaded.
  if (has_marketing_data(session_.store()) &&
      draw_tab("Marketing", "marketing", Tab::kMarketing, content_h, loading)) {
    if (loading) {
      const ImVec2 avail = ImGui::GetContentRegionAvail();
      charts::chart_placeholder("marketing.loading", ImVec2(avail.x, std::min(avail.y, 18 * ImGui::GetFontSize())),
                                charts::ChartStatus::kLoading, "");
    } else {
      marketing_.draw(analyzer_->marketing(), currency);
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
}

}  // namespace starcart
