// Derivative-free minimisation (Nelder & Mead 1965, with the standard
// reflection/expansion/contraction/shrink coefficients 1, 2, 0.5, 0.5).
// Model fits run it on log-parameters so every parameter stays positive.
#pragma once

#include <functional>
#include <vector>

namespace starcart::clv {

struct MinimizeResult {
  std::vector<double> x;
  double value = 0;
  int iterations = 0;
  bool converged = false;
};

// The same search, resumable: step(k) runs at most k more iterations, so a
// fit can be spread over frames (the page never blocks on one). The results
// are those of nelder_mead() whatever the chunk sizes.
class NelderMead {
 public:
  using Objective = std::function<double(const std::vector<double>&)>;
  NelderMead(Objective f, std::vector<double> start, double step, double tolerance, int max_iterations);
  bool step(int iterations);  // true when finished (converged or out of iterations)
  bool done() const { return done_; }
  int iterations() const { return result_.iterations; }
  MinimizeResult result() const;

 private:
  double eval(const std::vector<double>& x) const;
  Objective f_;
  double tolerance_;
  int max_iterations_;
  std::vector<std::vector<double>> simplex_;
  std::vector<double> values_;
  MinimizeResult result_;
  bool done_ = false;
};

MinimizeResult nelder_mead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> start,
                           double step = 0.5, double tolerance = 1e-12, int max_iterations = 20000);

}  // namespace starcart::clv
