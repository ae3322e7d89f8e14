// Thinning a scatter of many integer points (RFM: days since the last order
// x orders) so it stays drawable: points falling in the same cell (x bucket
// of width `step`, exact y, same group) are drawn as one mark, the one with
// the largest weight (the biggest bubble, which the others would sit
// inside), and the mark knows how many points it stands for. The step
// doubles from 1 until at most `max_marks` marks are left. Pure, unit-tested.
#pragma once

#include <cstdint>
#include <vector>

namespace starcart::charts {

struct ThinnedPoints {
  int step = 1;                 // x bucket width used (1 = every distinct x)
  std::vector<int> mark;        // index of the point drawn per mark, in input order
  std::vector<int64_t> count;   // points the mark stands for (itself included)
  std::vector<int> mark_of;     // per input point: its mark (index into `mark`)
};

ThinnedPoints thin_points(const std::vector<int32_t>& x, const std::vector<int32_t>& y, const std::vector<int>& group,
                          const std::vector<double>& weight, int max_marks);

}  // namespace starcart::charts
