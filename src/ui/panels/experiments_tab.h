// Experiments: the A/B test readout (analytics/ab_test.h) of the current
// filter: the summary, per arm customers, orders, conversion (repeat order)
// with its Wilson interval, revenue per customer and AOV, and each arm
// against the control with its 95 % interval and verdict. Shown when the data
// has a variant column.
#pragma once

#include <string>

#include "analytics/ab_test.h"

namespace starcart {

void draw_experiments_tab(const AbTest& test, const std::string& currency);

}  // namespace starcart
