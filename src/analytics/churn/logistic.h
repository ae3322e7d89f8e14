// Logistic regression by Newton's method (iteratively reweighted least
// squares), and the holdout measures of a score: ROC AUC, precision, recall.
#pragma once

#include <vector>

namespace starcart::churn {

struct LogisticFit {
  std::vector<double> beta;  // per column of the design (column 0 is usually the intercept)
  double log_likelihood = 0;
  int iterations = 0;
  bool converged = false;
};

// `x` is row-major, n rows × k columns; y is 0/1 per row. A tiny ridge
// (`ridge` × β², intercept included) keeps separable data finite.
LogisticFit fit_logistic(const std::vector<double>& x, const std::vector<int>& y, int k, double ridge = 1e-6,
                         int max_iterations = 50);

double logistic_probability(const std::vector<double>& beta, const double* row);

// Area under the ROC curve: the probability that a random positive scores
// above a random negative, ties counting one half (Mann-Whitney U / n₊n₋).
// NaN when either class is empty.
double roc_auc(const std::vector<double>& score, const std::vector<int>& label);

struct Confusion {
  int true_positive = 0, false_positive = 0, false_negative = 0, true_negative = 0;
  double precision() const;  // NaN when nothing is predicted positive
  double recall() const;     // NaN when there are no positives
};
Confusion confusion_at(const std::vector<double>& score, const std::vector<int>& label, double threshold);

}  // namespace starcart::churn
