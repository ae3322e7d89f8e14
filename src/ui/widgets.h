// Small widgets shared by panels: buttons in the theme's two weights (with a
// hand cursor on hover) and centred text.
#pragma once

#include "imgui.h"

namespace starcart {

// Accent-filled button with white text: the main action of a screen.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// Quiet button on the surface colour.
bool secondary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// Width a button with this label takes.
float button_width(const char* label);
// Text centred in [x0, x0 + width) of the current line (window-local x).
void centered_text(const char* text, float x0, float width, ImU32 color);

}  // namespace starcart
