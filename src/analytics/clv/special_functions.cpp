#include "analytics/clv/special_functions.h"

#include <cmath>
#include <limits>

namespace starcart::clv {

double log_beta(double a, double b) { return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b); }

double hyp2f1(double a, double b, double c, double z, int max_terms) {
  if (z < 0 || z >= 1) return std::numeric_limits<double>::quiet_NaN();
  double term = 1, sum = 1;
  for (int n = 0; n < max_terms; ++n) {
    term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
    sum += term;
    if (std::fabs(term) < 1e-15 * std::fabs(sum)) return sum;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace starcart::clv
