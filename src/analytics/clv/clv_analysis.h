// Predictive customer lifetime value under the current filter, in three
// steps (one file each):
//   (1) customer_summary: (x, t_x, T, mean repeat value) per customer in a
//       calibration period, and purchases in the holdout after it;
//   (2) bgnbd / gamma_gamma: the two models fitted by maximum likelihood;
//   (3) here: per-customer predictions (P(alive), purchases and CLV over a
//       horizon with a monthly discount rate) and the calibration vs holdout
//       check of Fader, Hardie & Lee (2005), figure 4 / table of conditional
//       expectations by number of calibration purchases.
#pragma once

#include <string>
#include <optional>
#include <vector>

#include "analytics/clv/bgnbd.h"
#include "analytics/clv/customer_summary.h"
#include "analytics/clv/gamma_gamma.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart::clv {

struct ClvOptions {
  // Last day of calibration; kNoDay = the first 75 % of the selection's
  // span (the last 25 % is the holdout), or its last day without holdout.
  Day calibration_end = kNoDay;
  bool holdout = true;
  int horizon_months = 12;
  double monthly_discount = 0.01;  // 1 % a month
};

struct ClvCustomer {
  uint32_t customer = 0;          // id in FactStore::customers
  CustomerSummary summary;        // calibration x, t_x, T (weeks), mean repeat value
  double p_alive = 0;
  double expected_purchases = 0;  // over the horizon
  double expected_value = 0;      // per purchase (Gamma-Gamma)
  double clv = 0;                 // discounted value over the horizon
  int32_t holdout_purchases = 0;  // actual, in the holdout
  double holdout_predicted = 0;   // E[Y(holdout) | x, t_x, T]
  double calibration_value = 0;   // actual spend in calibration
};

// Customers with x calibration repeat purchases (last group: x ≥ its x).
struct HoldoutGroup {
  int x = 0;
  bool and_more = false;
  int customers = 0;
  double actual = 0;     // mean purchases in the holdout
  double predicted = 0;  // mean E[Y(holdout) | x, t_x, T]
};

struct ClvAnalysis {
  bool fitted = false;
  std::string note;  // why nothing was fitted
  ClvOptions options;
  Day calibration_start = 0, calibration_end = 0, holdout_end = 0;
  double holdout_weeks = 0;
  int customers = 0, repeaters = 0;
  BgNbdFit bgnbd;
  GammaGammaFit gamma_gamma;
  // Gamma-Gamma assumes spend per purchase independent of frequency: the
  // Pearson correlation of x and mean value over repeaters checks it.
  double spend_frequency_correlation = 0;
  std::vector<HoldoutGroup> holdout;
  double holdout_actual = 0, holdout_predicted = 0;  // total purchases in the holdout
  double holdout_mape = 0;  // mean absolute % error of the group means (groups with actual > 0)
  std::vector<ClvCustomer> by_value;  // every customer, highest CLV first
  std::vector<std::string> top_ids;   // customer ids as written, of the first kTopClvCustomers of by_value
  double total_clv = 0;
  std::vector<double> clv_edges;      // histogram of CLV: edges (size bins + 1)
  std::vector<int> clv_counts;
  double fit_ms = 0;                  // time of (1) + (2) + (3)
};

ClvAnalysis analyze_clv(const FactIndex& index, const Selection& selection, const ClvOptions& options,
                        const std::vector<uint8_t>& keep = {});

// The same analysis in steps, so the page can spread the BG/NBD fit over
// frames: the constructor summarises the customers, step(k) runs at most k
// more iterations of the fit and, once it ends, the predictions; take() after
// step returned true gives what analyze_clv gives. The index must outlive it.
class ClvJob {
 public:
  ClvJob(const FactIndex& index, const Selection& selection, const ClvOptions& options,
         const std::vector<uint8_t>& keep = {});
  // At most `iterations` more BG/NBD or Gamma-Gamma iterations, or
  // predictions for about 256 × `iterations` customers; true when the
  // analysis is complete. The result does not depend on the chunk sizes.
  bool step(int iterations);
  double progress() const;    // 0..1
  ClvAnalysis take();

 private:
  void start_predictions();   // after both fits
  bool predict(uint64_t count);  // the next `count` customers; true after the last
  void finish();              // holdout table, ranking, histogram
  const FactStore* store_;
  ClvAnalysis a_;
  CalibrationSummary cs_;
  std::optional<BgNbdFitter> fitter_;
  std::optional<GammaGammaFitter> gamma_gamma_;
  // Predictions: customers in an order that puts equal (x, t_x, T) next to
  // each other, the next one to predict, and the last triple's figures.
  std::vector<uint32_t> order_;
  size_t next_ = 0;
  bool predicting_ = false;
  double p_alive_ = 0, purchases_ = 0, discounted_ = 0, holdout_ = 0;
  bool done_ = false;
};

// The discounted value of expected purchases over `months` months:
// Σ_i (E[Y(w_i)] − E[Y(w_{i−1})]) · value / (1 + d)^i, w_i = i months in weeks.
// The same without the value: Σ_i (E[Y(w_i)] − E[Y(w_{i−1})]) / (1 + d)^i.
double discounted_purchases(const BgNbdParams& p, const CustomerSummary& c, int months, double monthly_discount);
double discounted_clv(const BgNbdParams& p, const CustomerSummary& c, double value_per_purchase, int months,
                      double monthly_discount);

inline constexpr size_t kTopClvCustomers = 50;
inline constexpr double kWeeksPerMonth = 365.25 / 12 / 7;

}  // namespace starcart::clv
