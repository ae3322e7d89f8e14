// The App's Predict tab (issue 10): the model fits (CLV, churn, basket,
// forecast) run only while the tab is on screen, once per filter (Analyzer
// caches them); on big data the tab's first frame shows the loading state and
// the fits run in the next one (draw_tab decides, as for the other tabs).
#include "ui/app.h"

#include <algorithm>

#include "ui/charts/canvas.h"

namespace starcart {

void App::draw_model_tabs(float content_h) {
  bool loading = false;
  const std::string& currency = session_.store().currency_symbol;
  if (draw_tab("Predict", "predict", Tab::kPredict, content_h, loading)) {
    if (loading) {
      const ImVec2 avail = ImGui::GetContentRegionAvail();
      charts::chart_placeholder("predict.loading", ImVec2(avail.x, std::min(avail.y, 18 * ImGui::GetFontSize())),
                                charts::ChartStatus::kLoading, "Fitting the models");
    } else {
      predict_.draw(*analyzer_, currency);
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
}

}  // namespace starcart
