// A card: the framed surface every panel sits on, with an optional title.
#pragma once

#include "imgui.h"

namespace starcart {

// Begins a bordered child region of `size` (0 = fill) with a title line.
// Always pair with end_card().
void begin_card(const char* id, const char* title, ImVec2 size);
void end_card();

// Lays out `count` equal columns over the available width with one em between
// them; returns the width of one.
float column_width(int count);

}  // namespace starcart
