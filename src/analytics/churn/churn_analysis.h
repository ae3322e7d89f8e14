// Churn risk under the current filter: an explainable logistic regression on
// standardised customer features, with a time-based split.
//   (1) features at a cut-off day from the lines up to it: recency (days
//       since the last purchase), frequency (log 1 + orders), monetary
//       (log 1 + revenue), tenure (days since the first purchase), return
//       rate (returned value / sold value); label = no purchase in the next
//       `horizon_days` days;
//   (2) fit (logistic.h) on the features at last day − 2 × horizon, labels
//       from the horizon after it;
//   (3) test on the features at last day − horizon, labels from the last
//       horizon (data the fit never saw): ROC AUC, precision, recall;
//   (4) score every customer at the last day: the customers at risk.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "analytics/churn/logistic.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart::churn {

inline constexpr int kChurnFeatures = 5;
// "recency_days", "log_orders", "log_revenue", "tenure_days", "return_rate"
const char* churn_feature_name(int feature);

struct ChurnOptions {
  int horizon_days = 90;
  double threshold = 0.5;  // probability from which a customer counts as churning
};

struct CustomerFeatures {
  uint32_t customer = 0;
  std::array<double, kChurnFeatures> raw{};  // unstandardised, in churn_feature_name order
  int orders = 0;
  Money revenue = 0;
  int label = 0;  // 1 = no purchase in the horizon after the cut-off
};

// (1) Customers with a sale up to `cutoff`, in order of first purchase.
std::vector<CustomerFeatures> churn_features(const FactIndex& index, const Selection& selection, Day cutoff,
                                             int horizon_days);

struct AtRiskCustomer {
  uint32_t customer = 0;
  std::string id;
  double probability = 0;
  int recency_days = 0, orders = 0;
  Money revenue = 0;  // all their revenue so far: the value at risk
};

struct ChurnAnalysis {
  bool fitted = false;
  std::string note;  // why nothing was fitted
  ChurnOptions options;
  Day train_cutoff = 0, test_cutoff = 0, score_day = 0;
  int train_customers = 0, test_customers = 0;
  double train_churn_rate = 0, test_churn_rate = 0;
  // Per feature: coefficient on the standardised feature (log-odds per
  // standard deviation), and the training mean and deviation.
  double intercept = 0;
  std::array<double, kChurnFeatures> coefficient{}, mean{}, sd{};
  LogisticFit fit;
  double auc = 0, precision = 0, recall = 0;
  Confusion test;
  int customers_at_risk = 0;  // scored at the last day with probability ≥ threshold
  Money revenue_at_risk = 0;  // their revenue so far
  std::vector<AtRiskCustomer> at_risk;  // the 50 at-risk customers of highest revenue
  double fit_ms = 0;
};

ChurnAnalysis analyze_churn(const FactIndex& index, const Selection& selection, const ChurnOptions& options = {});

// The same analysis in three steps, each one pass over the selection: (1)
// the training set and the fit, (2) the test window, (3) everyone scored at
// the last day. The page runs a step per frame (at a million lines the whole
// is over 100 ms in wasm). `index` and `selection` must outlive the job.
class ChurnJob {
 public:
  ChurnJob(const FactIndex& index, const Selection& selection, const ChurnOptions& options);
  bool step();  // true when the analysis is complete
  ChurnAnalysis take() { return std::move(a_); }

 private:
  bool train();
  void test();
  void score();
  const FactIndex* index_;
  const Selection* selection_;
  ChurnAnalysis a_;
  int stage_ = 0;
  bool done_ = false;
};

}  // namespace starcart::churn
