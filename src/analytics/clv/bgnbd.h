// BG/NBD ("beta-geometric / negative binomial distribution") model of repeat
// purchasing: Fader, Hardie & Lee (2005), "Counting your customers the easy
// way". While alive a customer buys at rate λ ~ Gamma(r, α); after each
// purchase they drop out with probability p ~ Beta(a, b). Fitted by maximum
// likelihood; gives expected future purchases and P(alive) per customer.
#pragma once

#include <memory>
#include <vector>

#include "analytics/clv/rfm_summary.h"

namespace starcart::clv {

struct BgNbdParams {
  double r = 1, alpha = 1, a = 1, b = 1;
};

struct BgNbdFit {
  BgNbdParams params;
  double log_likelihood = 0;
  int iterations = 0;
  bool converged = false;
  int customers = 0;
};

// Log-likelihood of one customer (eq. 6 of the paper, in logs).
double bgnbd_log_likelihood(const BgNbdParams& p, const CustomerSummary& c);
double bgnbd_log_likelihood(const BgNbdParams& p, const std::vector<CustomerSummary>& data);

BgNbdFit fit_bgnbd(const std::vector<CustomerSummary>& data);

// The same fit in steps (the page spreads it over frames): step(k) runs at
// most k more Nelder-Mead iterations; result() once step returned true
// equals fit_bgnbd(data).
class BgNbdFitter {
 public:
  explicit BgNbdFitter(const std::vector<CustomerSummary>& data);
  ~BgNbdFitter();
  BgNbdFitter(BgNbdFitter&&) noexcept;
  BgNbdFitter& operator=(BgNbdFitter&&) noexcept;
  bool step(int iterations);
  double progress() const;  // 0..1, by iterations against their maximum
  BgNbdFit result() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// E[Y(t) | x, t_x, T]: expected purchases in the next t time units (eq. 10).
double bgnbd_expected_purchases(const BgNbdParams& p, double t, const CustomerSummary& c);
// P(alive | x, t_x, T).
double bgnbd_p_alive(const BgNbdParams& p, const CustomerSummary& c);
// E[X(t)]: expected purchases of a new customer in (0, t] (eq. 7).
double bgnbd_expected_purchases_new(const BgNbdParams& p, double t);

}  // namespace starcart::clv
