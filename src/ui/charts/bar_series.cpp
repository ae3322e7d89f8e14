#include "ui/charts/bar_series.h"

#include <algorithm>
#include <cmath>

#include "ui/theme.h"

namespace starcart::charts {

SeriesHit draw_bars(const Canvas& c, const PlotArea& a, const std::vector<double>& values, Rgba color,
                    int selected) {
  SeriesHit hit;
  if (c.hovered) hit.hovered = a.category_at(c.mouse.x);
  if (c.clicked) hit.clicked = hit.hovered;
  const float band = a.band();
  const float gap = std::max(1.0f, band * 0.22f);
  const float zero = static_cast<float>(a.y.to_pixel(std::max(a.y.lo, 0.0)));
  if (hit.hovered >= 0) {  // a soft column behind the hovered bar
    float x0 = a.min.x + band * static_cast<float>(hit.hovered);
    c.draw->AddRectFilled(ImVec2(x0, a.min.y), ImVec2(x0 + band, a.max.y), theme().accent_soft);
  }
  for (size_t i = 0; i < values.size(); ++i) {
    float x0 = a.min.x + band * static_cast<float>(i) + gap * 0.5f;
    float x1 = x0 + band - gap;
    float y = static_cast<float>(a.y.to_pixel(values[i]));
    Rgba col = color;
    if (selected >= 0 && static_cast<int>(i) != selected) col = with_alpha(color, 110);
    float rounding = std::min(0.2f * em(), (x1 - x0) * 0.3f);
    if (y < zero) c.draw->AddRectFilled(ImVec2(x0, y), ImVec2(x1, zero), col, rounding, ImDrawFlags_RoundCornersTop);
    else if (y > zero) c.draw->AddRectFilled(ImVec2(x0, zero), ImVec2(x1, y), col, rounding, ImDrawFlags_RoundCornersBottom);
  }
  return hit;
}

}  // namespace starcart::charts
