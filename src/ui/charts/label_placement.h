// Axis labels along one line (an x axis) that never overlap: each label is
// centred on its tick, pushed inside [lo, hi] when it would stick out (the
// first and last labels of a wide axis), and dropped when, after that push,
// it would touch the last label kept (less than `gap` apart). Labels are
// taken in order, so the first one always shows. Pure, unit-tested; the
// plot draws what it returns.
#pragma once

#include <vector>

namespace starcart::charts {

struct PlacedLabel {
  int index = 0;   // into the input
  float left = 0;  // the label's left edge
};

// centers[i], widths[i]: tick position and label width, in increasing order of center.
std::vector<PlacedLabel> place_axis_labels(const std::vector<float>& centers, const std::vector<float>& widths, float lo,
                                           float hi, float gap);

}  // namespace starcart::charts
