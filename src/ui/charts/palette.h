// Colour tables as constants (STYLE 11): a colour-blind-safe qualitative
// palette for categories (Okabe-Ito) and a perceptual sequential map
// (viridis) for heatmaps. Colours are packed 0xAABBGGRR like ImU32, but this
// file does not depend on ImGui.
#pragma once

#include <cstdint>

namespace starcart::charts {

using Rgba = uint32_t;  // 0xAABBGGRR

constexpr Rgba rgb(uint8_t r, uint8_t g, uint8_t b, uint8_t a = 255) {
  return static_cast<Rgba>(r) | (static_cast<Rgba>(g) << 8) | (static_cast<Rgba>(b) << 16) |
         (static_cast<Rgba>(a) << 24);
}

// Qualitative colour i (wraps around).
Rgba category_color(int i);
inline constexpr int kCategoryColors = 8;

// Viridis at t in [0, 1] (clamped), interpolated between 16 stops.
Rgba viridis(double t);

// Relative luminance (0..1) for choosing black or white text on a colour.
double luminance(Rgba c);

Rgba with_alpha(Rgba c, uint8_t alpha);
Rgba mix(Rgba a, Rgba b, double t);

}  // namespace starcart::charts
