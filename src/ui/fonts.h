// The Inter font, embedded in the binary, rasterised for the screen's pixel
// ratio: glyphs are baked at size x ratio and drawn at 1/ratio, so text is
// sharp on HiDPI screens (STYLE 13).
#pragma once

#include "imgui.h"

namespace starcart {

struct Fonts {
  ImFont* body = nullptr;     // 15 px Regular
  ImFont* strong = nullptr;   // 15 px SemiBold
  ImFont* small = nullptr;    // 12.5 px Regular: axes, captions
  ImFont* title = nullptr;    // 20 px SemiBold: screen titles
  ImFont* figure = nullptr;   // 28 px SemiBold: KPI values
  float pixel_ratio = 1;
};

// Rebuilds ImGui's font atlas for a pixel ratio (the platform uploads the
// texture afterwards). The sizes are CSS pixels.
Fonts build_fonts(float pixel_ratio);

const Fonts& fonts();

}  // namespace starcart
