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

MinimizeResult nelder_mead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> start,
                           double step = 0.5, double tolerance = 1e-12, int max_iterations = 20000);

}  // namespace starcart::clv
