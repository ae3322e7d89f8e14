// Geometry of bar charts, independent of drawing: where each series' bar
// sits inside its category band when bars are grouped, and the base and top
// of each segment when they are stacked (positive values stack up from zero,
// negative ones down). Also the cumulative shares of a Pareto chart. Pure and
// unit-tested.
#pragma once

#include <vector>

namespace starcart::charts {

// The span [begin, end) of series k of n in a band of width `band` (starting
// at 0) when bars are grouped side by side; `gap` is the fraction of the band
// left empty around the group.
struct Span {
  float begin = 0, end = 0;
};
Span group_slot(float band, int n_series, int k, float gap);

// Stacked segments: base[k][i] and top[k][i] for series k at category i.
struct Stack {
  std::vector<std::vector<double>> base, top;
  double lo = 0, hi = 0;  // the extent of all stacks (includes 0)
};
Stack stack_series(const std::vector<std::vector<double>>& series);

// Values sorted from the largest down, with their original indices and the
// running share of the total after each (the last is 1). Pareto and ABC
// analysis read it.
struct ParetoOrder {
  std::vector<int> index;          // original index per rank
  std::vector<double> value;       // per rank
  std::vector<double> cumulative;  // per rank, share of the total so far
};
ParetoOrder pareto_order(const std::vector<double>& values);

// How many of a ranking's n bars get a row of their own in a horizontal
// chart with room for `rows` labelled rows: all n when they fit; else the
// first rows - 1 (at least 1), the last row being the rest folded into one
// bar ("5 more"), so that no bar is drawn without its label.
int ranked_rows_shown(int n, int rows);

}  // namespace starcart::charts
