// Small widgets shared by panels: buttons in the theme's two weights (with a
// hand cursor on hover), filter chips and drop-down buttons, the theme
// toggle, a search field, muted text and hover tooltips.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// A drop-down button: "label" and a chevron, tinted when a filter is active.
bool dropdown_button(const char* id, const std::string& label, bool active);
// A removable chip: "label ×" on the accent tint; true when clicked.
bool chip(const char* id, const std::string& label);
float chip_width(const std::string& label);
// The shapes the font lacks: a down chevron and a cross, centred at c, half-size s.
void draw_chevron(ImDrawList* dl, ImVec2 c, float s, ImU32 col);
void draw_cross(ImDrawList* dl, ImVec2 c, float s, ImU32 col);
// The light/dark switch: a half-filled circle; true when clicked.
bool theme_toggle_button(const char* id, bool dark);
// A search field with a hint; `focus` takes the keyboard this frame.
bool search_field(const char* id, char* buf, size_t size, const char* hint, bool focus, float width);

void muted_text(const std::string& text);
// Wrapped text that breaks only at spaces (ui/text_wrap.h), never inside a
// number as ImGui's TextWrapped does: `width` <= 0 wraps at the content
// region's right edge. The lines with the current font, their size, and a
// draw-list version for panels that place text themselves.
std::vector<std::string_view> wrap_lines(std::string_view text, float width);
ImVec2 wrapped_size(std::string_view text, float width);
void draw_wrapped(ImDrawList* dl, ImVec2 pos, ImU32 color, std::string_view text, float width);
void text_wrapped(const std::string& text, float width = 0);
void muted_wrapped(const std::string& text, float width = 0);
// Table cells: numbers right-aligned in their column, text left-aligned
// (the cell's own column must already be current).
void number_cell_text(const std::string& text);
// The header row of the current table with the columns in `right` (bit c
// for column c) right-aligned over their figures; room is left for the sort
// arrow when the table sorts. With `probe_prefix`, each header cell is
// recorded as prefix + column index (tests read the columns' extents).
// With `tips` (one entry per column, nullptr for none), a hovered header
// shows its entry: the whole meaning of a header shortened to fit.
void table_headers_row(uint64_t right, const char* probe_prefix = nullptr, const char* const* tips = nullptr);
constexpr uint64_t column_bit(int c) { return uint64_t{1} << c; }
// Text cut to `width` (<= 0: the room left on the line) with "…".
std::string fit_text(const std::string& text, float width = 0);
// A text cell: shortened with "…" when the column is too narrow, the whole
// text in a tooltip on hover; true when it was shortened.
bool text_cell(const std::string& text);
// The next column of the current table row: a text cell / a figure.
void next_text_cell(const std::string& text);
void next_number_cell(const std::string& text);
// A wrapped tooltip when the last item is hovered.
void item_tooltip(const std::string& text);
// A tooltip for a button next to a text field: shown only after the mouse
// rests on the item for a moment, never while the user is typing, and above
// the item (pivot at its bottom-left) so it does not cover the field below;
// beside the item (right of it) when there is no room above inside the
// item's window, so it never covers the tab bar over a tab's first row.
void item_tooltip_above(const std::string& text);
// A card-style section title (the strong font).
void section_title(const char* text);

}  // namespace starcart
