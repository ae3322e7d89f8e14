// The A/B test readout (docs/metrics.md, "Experiments"): when the lines carry
// a variant (Role::kVariant), per arm customers, orders, conversion, revenue
// per customer and average order value, each arm against the control with a
// 95 % interval and a verdict in plain words.
//
// Unit: the customer. A test assigns people, not orders, so every figure is
// per customer, and a customer is in the arm written on their lines. Only
// lines that carry a variant are the test's (lines before or after it are
// not); guests cannot be followed and are left out (counted); a customer
// written in two arms is contaminated and left out (counted).
//
// Order data has no visitors, so "conversion" is the repeat conversion: the
// share of the arm's customers with a second order in the test (every buyer
// converted once by definition). Revenue per customer and AOV use sales
// revenue (returns do not count, docs/metrics.md).
//
// Control: the arm named control / baseline / A / original (any case), else
// the first arm by name. Verdicts refuse to call a winner when the interval
// crosses zero or an arm is below the minimum sample (AbThresholds).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/ab/intervals.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct AbThresholds {
  int64_t min_customers = 100;  // per arm, for every comparison
  int64_t min_outcomes = 10;    // per arm, converted and not converted (rates)
  int64_t min_orders = 100;     // per arm, for the average order value
};

enum class AbMetric : uint8_t { kConversion, kRevenuePerCustomer, kAov };
std::string_view ab_metric_key(AbMetric m);    // "conversion", "revenue_per_customer", "aov"
std::string_view ab_metric_label(AbMetric m);  // "Conversion (repeat order)"...

enum class AbVerdict : uint8_t { kTooSmall, kNoDifference, kHigher, kLower };
std::string_view ab_verdict_key(AbVerdict v);  // "too_small", "no_difference", "higher", "lower"

struct AbArm {
  uint32_t id = 0;             // id in FactStore::variants
  std::string_view name;
  bool control = false;
  int64_t customers = 0;
  int64_t orders = 0;
  Money revenue = 0;
  int64_t converted = 0;       // customers with 2+ orders in the test
  double conversion = 0;       // converted / customers
  std::optional<ab::Interval> conversion_ci;  // Wilson
  double revenue_per_customer = 0;   // in currency units
  double revenue_per_customer_sd = 0;
  double aov = 0;                    // revenue / orders, currency units
  double order_value_sd = 0;         // spread of order values (for AOV's interval)
};

// One arm against the control on one metric. Differences are arm − control
// (rates as shares: 0.012 = 1.2 percentage points; means in currency units).
struct AbComparison {
  uint32_t arm = 0;            // index into AbTest::arms
  AbMetric metric = AbMetric::kConversion;
  double control_value = 0, arm_value = 0;
  double difference = 0;
  std::optional<double> relative;     // difference / control value
  std::optional<ab::Interval> ci;     // Newcombe (rates) or Welch (means)
  std::optional<double> df;           // Welch–Satterthwaite, means only
  AbVerdict verdict = AbVerdict::kTooSmall;
  std::string text;                   // the verdict in plain words
};

struct AbTest {
  bool has_variants = false;   // the data carries a variant column
  std::vector<AbArm> arms;     // control first, then by name
  std::vector<AbComparison> comparisons;  // per non-control arm: conversion, revenue per customer, AOV
  int64_t mixed_customers = 0;   // written in more than one arm: left out
  int64_t guest_orders = 0;      // orders with a variant but no customer: left out
  Day first_day = 0, last_day = -1;  // sale days of the test's lines in the selection
  AbThresholds thresholds;
  std::string summary;           // one sentence on the test as a whole
};

AbTest compute_ab_test(const FactIndex& index, const Selection& selection, const AbThresholds& thresholds = {});

// True for the names that mean "the control arm".
bool is_control_name(std::string_view name);

}  // namespace starcart
