// Predict: the predictive analyses under the current filter, each with its
// fit quality and a plain-words note of what it assumes. Lifetime value
// (CLV distribution, P(alive) against recency, top customers, segment x CLV),
// churn risk (holdout measures, coefficients, customers at risk) and the
// revenue forecast with its interval. The analyses are computed on the
// tab's first draw after a filter change (Analyzer caches). Products bought
// together moved to the Products tab (issue 10: panels/basket_card.h).
#pragma once

#include <string>

#include "analytics/analyzer.h"
#include "analytics/clv/clv_segments.h"

namespace starcart {

class PredictTab {
 public:
  void draw(Analyzer& analyzer, const std::string& currency);

 private:
  void draw_clv(const clv::ClvAnalysis& a, const std::vector<clv::ClvSegmentRow>& segments, const std::string& currency,
                float height);
  void draw_churn(const churn::ChurnAnalysis& c, const std::string& currency, float height);
  void draw_forecast(const forecast::Forecast& f, const std::string& currency, float height);
};

}  // namespace starcart
