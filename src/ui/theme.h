// Colours and sizes of the dashboard. Sizes are multiples of the font size
// (em) so the layout follows the pixel ratio and the user's zoom; there are
// no bare pixel constants in panels (STYLE 13).
#pragma once

#include "imgui.h"

namespace starcart {

struct Theme {
  bool dark = false;
  ImU32 background, surface, surface_alt, border, text, text_muted, accent, accent_soft,
      positive, negative, grid, axis;
  // Aggregates that are not one item ("12 more", "Other"): a neutral grey,
  // so they do not read as one more real bar in the accent.
  ImU32 other;
};

Theme light_theme();
Theme dark_theme();

// Applies a theme to ImGui's style from a fresh ImGuiStyle (so repeated calls
// never compound the scale).
void apply_theme(const Theme& theme);

// The current theme (set by apply_theme).
const Theme& theme();

// One em: the body font's size in CSS pixels.
float em();

}  // namespace starcart
