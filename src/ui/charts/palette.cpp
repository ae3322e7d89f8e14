#include "ui/charts/palette.h"

#include <algorithm>
#include <cmath>

namespace starcart::charts {

namespace {

// Okabe & Ito (2008), "Color Universal Design": distinguishable with the
// common colour-vision deficiencies. Blue first: it is the accent colour.
constexpr Rgba kOkabeIto[kCategoryColors] = {
    rgb(0, 114, 178),   // blue
    rgb(230, 159, 0),   // orange
    rgb(0, 158, 115),   // bluish green
    rgb(204, 121, 167), // reddish purple
    rgb(86, 180, 233),  // sky blue
    rgb(213, 94, 0),    // vermillion
    rgb(240, 228, 66),  // yellow
    rgb(90, 90, 90),    // grey (Okabe-Ito's black, lightened for dark themes)
};

// viridis (matplotlib, CC0), 16 evenly spaced stops.
constexpr Rgba kViridis[16] = {
    rgb(68, 1, 84),    rgb(72, 26, 108),  rgb(71, 47, 125),  rgb(65, 68, 135),
    rgb(57, 86, 140),  rgb(49, 104, 142), rgb(42, 120, 142), rgb(35, 136, 142),
    rgb(31, 152, 139), rgb(34, 168, 132), rgb(53, 183, 121), rgb(84, 197, 104),
    rgb(122, 209, 81), rgb(165, 219, 54), rgb(210, 226, 27), rgb(253, 231, 37),
};

uint8_t channel(Rgba c, int shift) { return static_cast<uint8_t>((c >> shift) & 0xFF); }

}  // namespace

Rgba category_color(int i) {
  int k = i % kCategoryColors;
  return kOkabeIto[k < 0 ? k + kCategoryColors : k];
}

Rgba mix(Rgba a, Rgba b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  auto m = [&](int shift) {
    return static_cast<uint8_t>(std::lround(channel(a, shift) * (1 - t) + channel(b, shift) * t));
  };
  return rgb(m(0), m(8), m(16), m(24));
}

Rgba viridis(double t) {
  if (!std::isfinite(t)) t = 0;
  t = std::clamp(t, 0.0, 1.0) * 15.0;
  int i = std::min(14, static_cast<int>(t));
  return mix(kViridis[i], kViridis[i + 1], t - i);
}

double luminance(Rgba c) {
  auto lin = [](uint8_t v) {
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(channel(c, 0)) + 0.7152 * lin(channel(c, 8)) + 0.0722 * lin(channel(c, 16));
}

Rgba with_alpha(Rgba c, uint8_t alpha) { return (c & 0x00FFFFFFu) | (static_cast<Rgba>(alpha) << 24); }

}  // namespace starcart::charts
