// Fitting text to a width. Word wrapping that breaks lines only at spaces (and at '\n'). ImGui's own
// wrapping also breaks after '.', ',' and other punctuation, which splits a
// number at its decimal point ("z = 11." / "8)"); every wrapped text of ours
// goes through this instead. Pure: the width of a piece of text is a
// callback, so tests measure with a fixed-width stand-in.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace starcart {

using TextWidth = std::function<float(std::string_view)>;

// The lines of `text` no wider than `max_width` where possible: breaks fall
// only at runs of spaces (dropped from the line ends) and at '\n'; a word
// wider than a whole line stays whole on a line of its own (it overflows
// rather than being split).
std::vector<std::string_view> wrap_at_spaces(std::string_view text, float max_width, const TextWidth& width_of);

// `text` when it fits in `width`, else its longest prefix (whole UTF-8
// characters) followed by "…" that fits; "" when not even "…" fits.
std::string fit_to_width(const std::string& text, float width, const TextWidth& width_of);

}  // namespace starcart
