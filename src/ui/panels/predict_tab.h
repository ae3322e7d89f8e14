// Predict: the predictive analyses under the current filter, each with its
// fit quality and a plain-words note of what it assumes. Lifetime value
// (CLV distribution, P(alive) against recency, top customers, segment x CLV), churn risk
// (holdout measures, coefficients, customers at risk), products bought
// together, and the revenue forecast with its interval. The analyses are
// computed on the tab's first draw after a filter change (Analyzer caches).
#pragma once

#include <map>
#include <string>

#include "analytics/analyzer.h"
#include "analytics/clv/clv_segments.h"

namespace starcart {

// The basket options a view asks for: "predict.min_support" (a share of
// orders, 0.0005 to 0.2) in the view's chart options; the defaults otherwise.
basket::BasketOptions basket_options_of(const std::map<std::string, std::string>& options);

class PredictTab {
 public:
  // `options`: the view's chart options (the minimum-support control writes
  // "predict.min_support"). True when an option changed (the basket then
  // runs again with it).
  bool draw(Analyzer& analyzer, std::map<std::string, std::string>& options, const std::string& currency);

 private:
  void draw_clv(const clv::ClvAnalysis& a, const std::vector<clv::ClvSegmentRow>& segments, const std::string& currency,
                float height);
  void draw_churn(const churn::ChurnAnalysis& c, const std::string& currency, float height);
  bool draw_basket(const basket::Basket& b, std::map<std::string, std::string>& options, float height);
  void draw_forecast(const forecast::Forecast& f, const std::string& currency, float height);
};

}  // namespace starcart
