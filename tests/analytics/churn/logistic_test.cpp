// Logistic regression and the holdout measures against hand-worked values.
#include <doctest.h>

#include <cmath>

#include "analytics/churn/logistic.h"

using namespace starcart::churn;

TEST_CASE("logistic fit with one binary feature has the closed-form solution") {
  // x = 0: 4 rows, 1 positive (rate 1/4); x = 1: 5 rows, 4 positive (4/5).
  // The maximum-likelihood fit reproduces both rates: intercept = logit(1/4)
  // = ln(1/3), slope = logit(4/5) − logit(1/4) = ln 4 − ln(1/3) = ln 12.
  std::vector<double> x;
  std::vector<int> y;
  const int rows[9][2] = {{0, 1}, {0, 0}, {0, 0}, {0, 0}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 0}};
  for (const auto& r : rows) {
    x.push_back(1.0);
    x.push_back(r[0]);
    y.push_back(r[1]);
  }
  LogisticFit f = fit_logistic(x, y, 2, 0.0);
  CHECK(f.converged);
  CHECK(f.beta[0] == doctest::Approx(std::log(1.0 / 3)).epsilon(1e-9));
  CHECK(f.beta[1] == doctest::Approx(std::log(12.0)).epsilon(1e-9));
  // LL = 1·ln(1/4) + 3·ln(3/4) + 4·ln(4/5) + 1·ln(1/5)
  CHECK(f.log_likelihood ==
        doctest::Approx(std::log(0.25) + 3 * std::log(0.75) + 4 * std::log(0.8) + std::log(0.2)).epsilon(1e-9));
}

TEST_CASE("ROC AUC counts the positive-above-negative pairs") {
  // Positives 0.9, 0.8, 0.6; negatives 0.7, 0.55, 0.4: 3 + 3 + 2 = 8 of 9 pairs.
  CHECK(roc_auc({0.9, 0.8, 0.7, 0.6, 0.55, 0.4}, {1, 1, 0, 1, 0, 0}) == doctest::Approx(8.0 / 9));
  // A tie counts one half: (0.9>0.7) + (0.9>0.2) + (0.7=0.7)/2 + (0.7>0.2) = 3.5 of 4.
  CHECK(roc_auc({0.9, 0.7, 0.7, 0.2}, {1, 1, 0, 0}) == doctest::Approx(0.875));
  CHECK(std::isnan(roc_auc({0.3, 0.4}, {1, 1})));
}

TEST_CASE("precision and recall at a threshold") {
  // ≥ 0.65: 0.9 (+), 0.8 (+), 0.7 (−); below: 0.6 (+), 0.55 (−), 0.4 (−).
  Confusion c = confusion_at({0.9, 0.8, 0.7, 0.6, 0.55, 0.4}, {1, 1, 0, 1, 0, 0}, 0.65);
  CHECK(c.true_positive == 2);
  CHECK(c.false_positive == 1);
  CHECK(c.false_negative == 1);
  CHECK(c.true_negative == 2);
  CHECK(c.precision() == doctest::Approx(2.0 / 3));
  CHECK(c.recall() == doctest::Approx(2.0 / 3));
  CHECK(std::isnan(confusion_at({0.1}, {1}, 0.5).precision()));
}
