#include "analytics/ab/intervals.h"

#include <cmath>

namespace starcart::ab {

std::optional<Interval> wilson(int64_t k, int64_t n, double z) {
  if (n <= 0 || k < 0 || k > n) return std::nullopt;
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(k) / nn;
  const double z2 = z * z;
  const double denom = 1.0 + z2 / nn;
  const double center = (p + z2 / (2 * nn)) / denom;
  const double half = z / denom * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
  Interval out{center - half, center + half};
  // Rounding must not push the ends past the rate itself at k = 0 or k = n.
  if (k == 0) out.low = 0;
  if (k == n) out.high = 1;
  return out;
}

std::optional<Interval> newcombe_difference(int64_t k1, int64_t n1, int64_t k2, int64_t n2, double z) {
  const auto w1 = wilson(k1, n1, z), w2 = wilson(k2, n2, z);
  if (!w1 || !w2) return std::nullopt;
  const double p1 = static_cast<double>(k1) / static_cast<double>(n1);
  const double p2 = static_cast<double>(k2) / static_cast<double>(n2);
  const double d = p1 - p2;
  const double below = std::sqrt((p1 - w1->low) * (p1 - w1->low) + (w2->high - p2) * (w2->high - p2));
  const double above = std::sqrt((w1->high - p1) * (w1->high - p1) + (p2 - w2->low) * (p2 - w2->low));
  return Interval{d - below, d + above};
}

Moments moments(const std::vector<double>& x) {
  Moments m;
  m.n = static_cast<int64_t>(x.size());
  if (x.empty()) return m;
  double sum = 0;
  for (double v : x) sum += v;
  m.mean = sum / static_cast<double>(m.n);
  if (m.n < 2) return m;
  double ss = 0;  // two passes: no cancellation from sum of squares
  for (double v : x) ss += (v - m.mean) * (v - m.mean);
  m.variance = ss / static_cast<double>(m.n - 1);
  return m;
}

std::optional<WelchResult> welch_difference(const Moments& a, const Moments& b, double level) {
  if (a.n < 2 || b.n < 2) return std::nullopt;
  const double va = a.variance / static_cast<double>(a.n), vb = b.variance / static_cast<double>(b.n);
  const double se2 = va + vb;
  if (!(se2 > 0)) return std::nullopt;
  WelchResult r;
  r.difference = a.mean - b.mean;
  r.standard_error = std::sqrt(se2);
  r.df = se2 * se2 / (va * va / static_cast<double>(a.n - 1) + vb * vb / static_cast<double>(b.n - 1));
  r.t = student_t_quantile(0.5 + level / 2, r.df);
  r.interval = Interval{r.difference - r.t * r.standard_error, r.difference + r.t * r.standard_error};
  return r;
}

namespace {

// Continued fraction of the incomplete beta function (modified Lentz).
double beta_fraction(double a, double b, double x) {
  const double tiny = 1e-300;
  double c = 1, d = 1 - (a + b) * x / (a + 1);
  if (std::fabs(d) < tiny) d = tiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= 300; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    const double step = d * c;
    h *= step;
    if (std::fabs(step - 1) < 1e-15) break;
  }
  return h;
}

// Regularized incomplete beta I_x(a, b).
double incomplete_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double ln_front = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  const double front = std::exp(ln_front);
  if (x < (a + 1) / (a + b + 2)) return front * beta_fraction(a, b, x) / a;
  return 1 - front * beta_fraction(b, a, 1 - x) / b;
}

}  // namespace

double student_t_cdf(double t, double df) {
  const double x = df / (df + t * t);
  const double tail = 0.5 * incomplete_beta(df / 2, 0.5, x);  // P(T > |t|)
  return t >= 0 ? 1 - tail : tail;
}

double student_t_quantile(double p, double df) {
  if (p == 0.5) return 0;
  if (p < 0.5) return -student_t_quantile(1 - p, df);
  double lo = 0, hi = 1;
  while (student_t_cdf(hi, df) < p && hi < 1e12) hi *= 2;
  for (int i = 0; i < 200 && hi - lo > 1e-12 * (1 + hi); ++i) {
    const double mid = (lo + hi) / 2;
    if (student_t_cdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

}  // namespace starcart::ab
