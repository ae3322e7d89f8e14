// Special functions the lifetime-value models need, in double precision.
#pragma once

namespace starcart::clv {

// ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b).
double log_beta(double a, double b);

// Gauss's hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1 by its power
// series (the BG/NBD conditional expectation evaluates it at z = t / (α + T + t)).
// Returns NaN when the series does not converge in `max_terms`.
double hyp2f1(double a, double b, double c, double z, int max_terms = 100000);

}  // namespace starcart::clv
