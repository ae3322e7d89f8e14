#include "ui/charts/label_placement.h"

#include <algorithm>
#include <limits>

namespace starcart::charts {

std::vector<PlacedLabel> place_axis_labels(const std::vector<float>& centers, const std::vector<float>& widths, float lo,
                                           float hi, float gap) {
  std::vector<PlacedLabel> out;
  float last_right = -std::numeric_limits<float>::infinity();
  const size_t n = std::min(centers.size(), widths.size());
  for (size_t i = 0; i < n; ++i) {
    const float w = widths[i];
    // Pushed inside the axis' room (a label wider than the room starts at lo).
    float left = std::max(lo, std::min(centers[i] - w * 0.5f, hi - w));
    if (left < last_right + gap) continue;  // would touch the previous label
    out.push_back({static_cast<int>(i), left});
    last_right = left + w;
  }
  return out;
}

}  // namespace starcart::charts
