// Gamma-Gamma model of spend per transaction: Fader, Hardie & Lee (2005),
// "RFM and CLV: using iso-value curves for customer base analysis". A
// customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ);
// fitted on customers with at least one repeat purchase, assuming spend is
// independent of purchase frequency.
#pragma once

#include <memory>
#include <vector>

#include "analytics/clv/rfm_summary.h"

namespace starcart::clv {

struct GammaGammaParams {
  double p = 1, q = 1, gamma = 1;
};

struct GammaGammaFit {
  GammaGammaParams params;
  double log_likelihood = 0;
  int iterations = 0;
  bool converged = false;
  int customers = 0;  // those with x > 0, the only ones that inform the fit
};

double gamma_gamma_log_likelihood(const GammaGammaParams& g, const CustomerSummary& c);
GammaGammaFit fit_gamma_gamma(const std::vector<CustomerSummary>& data);

// The same fit, resumable: step(k) runs at most k more simplex iterations,
// so the page spreads it over frames (at a million lines it is a few hundred
// milliseconds in wasm). The result is fit_gamma_gamma()'s whatever the
// chunk sizes. `data` must outlive the fitter.
class GammaGammaFitter {
 public:
  explicit GammaGammaFitter(const std::vector<CustomerSummary>& data);
  ~GammaGammaFitter();
  GammaGammaFitter(GammaGammaFitter&&) noexcept;
  GammaGammaFitter& operator=(GammaGammaFitter&&) noexcept;
  bool step(int iterations);  // true when finished
  GammaGammaFit result() const;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// E[M | x, m_x]: the customer's expected value per transaction.
double gamma_gamma_expected_value(const GammaGammaParams& g, const CustomerSummary& c);

}  // namespace starcart::clv
