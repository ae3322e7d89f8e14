// Legend layout: entries (a swatch and a label) flow left to right and wrap
// to new rows within a width, like words in a paragraph. Pure and
// unit-tested; legend.h draws the result.
#pragma once

#include <vector>

namespace starcart::charts {

struct LegendMetrics {
  float swatch = 10;     // swatch side
  float swatch_gap = 5;  // between swatch and label
  float entry_gap = 14;  // between entries on a row
  float row_height = 18;
};

struct LegendLayout {
  std::vector<float> x, y;  // top-left of each entry, relative to the legend
  std::vector<float> width; // of each entry (swatch + gap + label)
  float height = 0;         // of the whole legend
  float used_width = 0;     // widest row
  int rows = 0;
};

// Places entries with the given label widths within max_width. An entry
// wider than max_width gets a row of its own.
LegendLayout layout_legend(const std::vector<float>& label_widths, float max_width, const LegendMetrics& m);

// The entry under (x, y) relative to the legend; -1 when none.
int legend_hit(const LegendLayout& layout, const LegendMetrics& m, float x, float y);

}  // namespace starcart::charts
