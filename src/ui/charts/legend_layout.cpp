#include "ui/charts/legend_layout.h"

#include <algorithm>

namespace starcart::charts {

LegendLayout layout_legend(const std::vector<float>& label_widths, float max_width, const LegendMetrics& m) {
  LegendLayout out;
  float x = 0, y = 0;
  bool row_open = false;
  for (float lw : label_widths) {
    const float w = m.swatch + m.swatch_gap + lw;
    if (row_open && x + m.entry_gap + w > max_width) {  // wrap
      y += m.row_height;
      x = 0;
      row_open = false;
    }
    if (row_open) x += m.entry_gap;
    out.x.push_back(x);
    out.y.push_back(y);
    out.width.push_back(w);
    x += w;
    out.used_width = std::max(out.used_width, x);
    if (!row_open) ++out.rows;
    row_open = true;
  }
  out.height = static_cast<float>(out.rows) * m.row_height;
  return out;
}

int legend_hit(const LegendLayout& l, const LegendMetrics& m, float x, float y) {
  for (size_t i = 0; i < l.x.size(); ++i)
    if (x >= l.x[i] && x < l.x[i] + l.width[i] && y >= l.y[i] && y < l.y[i] + m.row_height)
      return static_cast<int>(i);
  return -1;
}

}  // namespace starcart::charts
