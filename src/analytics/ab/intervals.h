// Confidence intervals for the A/B test readout (docs/metrics.md,
// "Experiments"), at 95 % unless a level is given:
//  - one rate k/n: Wilson score interval;
//  - difference of two rates: Newcombe's hybrid score interval (his method
//    10, 1998), built from the two Wilson intervals, so it stays inside
//    [-1, 1] and behaves at rates near 0 or 1 where the Wald interval fails;
//  - difference of two means: Welch's t interval with Welch–Satterthwaite
//    degrees of freedom (no equal-variance assumption).
// Plain double arithmetic; no data types of the warehouse.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace starcart::ab {

// Two-sided 97.5 % point of the standard normal (95 % intervals).
inline constexpr double kZ95 = 1.959963984540054;

struct Interval {
  double low = 0, high = 0;
  bool contains(double x) const { return low <= x && x <= high; }
};

// Wilson score interval of k successes in n trials; nullopt when n = 0.
std::optional<Interval> wilson(int64_t k, int64_t n, double z = kZ95);

// Interval of p1 − p2 (p1 = k1/n1, p2 = k2/n2); nullopt when n1 or n2 is 0.
std::optional<Interval> newcombe_difference(int64_t k1, int64_t n1, int64_t k2, int64_t n2, double z = kZ95);

// Mean and sample variance (n − 1 in the denominator) of a sample.
struct Moments {
  int64_t n = 0;
  double mean = 0, variance = 0;
};
Moments moments(const std::vector<double>& x);

// Welch's interval of mean1 − mean2 at the given two-sided level.
struct WelchResult {
  double difference = 0;
  double standard_error = 0;
  double df = 0;       // Welch–Satterthwaite
  double t = 0;        // the t quantile used
  Interval interval;
};
// nullopt when either sample has fewer than 2 values or both variances are 0.
std::optional<WelchResult> welch_difference(const Moments& a, const Moments& b, double level = 0.95);

// Upper quantile of Student's t: the t with P(T ≤ t) = p, df > 0 (real df
// allowed). Bisection on the CDF written with the regularized incomplete
// beta function; accurate to ~1e-10.
double student_t_quantile(double p, double df);
// P(T ≤ t) for Student's t with df degrees of freedom.
double student_t_cdf(double t, double df);

}  // namespace starcart::ab
