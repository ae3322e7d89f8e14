#include <doctest.h>

#include <string>
#include <vector>

#include "ui/text_wrap.h"

using starcart::wrap_at_spaces;

namespace {
// A fixed-width stand-in for the font: every byte is 1 unit wide.
float mono(std::string_view s) { return static_cast<float>(s.size()); }

std::vector<std::string> wrap(std::string_view text, float width) {
  std::vector<std::string> out;
  for (std::string_view l : wrap_at_spaces(text, width, mono)) out.emplace_back(l);
  return out;
}
}  // namespace

TEST_CASE("a number is never split at its decimal point") {
  // "Anomaly on 3 Mar (z = 11.8)" is 27 wide. At width 22 ImGui would cut
  // after "11." (22 chars: "Anomaly on 3 Mar (z = 11." is 25 > 22, so it
  // breaks at its last break point, the '.'); we cut only at the space
  // before "11.8)": "Anomaly on 3 Mar (z =" is 21 wide.
  CHECK(wrap("Anomaly on 3 Mar (z = 11.8)", 22) == std::vector<std::string>{"Anomaly on 3 Mar (z =", "11.8)"});
  // Commas in thousands stay too: "€1,234,567.89" is one word.
  CHECK(wrap("revenue €1,234,567.89 up", 12) == std::vector<std::string>{"revenue", "€1,234,567.89", "up"});
}

TEST_CASE("lines are filled greedily and the spaces at a break are dropped") {
  // "aa bb cc dd" at width 5: "aa bb" (5) fits, "aa bb cc" (8) does not.
  CHECK(wrap("aa bb cc dd", 5) == std::vector<std::string>{"aa bb", "cc dd"});
  CHECK(wrap("aa   bb", 4) == std::vector<std::string>{"aa", "bb"});
  CHECK(wrap("  lead", 10) == std::vector<std::string>{"lead"});
}

TEST_CASE("a word wider than the line stays whole on its own line") {
  CHECK(wrap("a verylongword b", 5) == std::vector<std::string>{"a", "verylongword", "b"});
}

TEST_CASE("newlines always break and an empty paragraph keeps its line") {
  CHECK(wrap("one\n\ntwo three", 100) == std::vector<std::string>{"one", "", "two three"});
  CHECK(wrap("", 10) == std::vector<std::string>{""});
}

TEST_CASE("a text too wide for its column is cut at a whole character with an ellipsis") {
  using starcart::fit_to_width;
  // Widths: 1 per byte, so "…" (3 bytes of UTF-8) is 3 wide.
  CHECK(fit_to_width("United Kingdom", 14, mono) == "United Kingdom");  // exactly fits: kept whole
  CHECK(fit_to_width("United Kingdom", 13, mono) == "United Kin\xE2\x80\xA6");  // 10 + 3
  // No space before the ellipsis: "United …" becomes "United…".
  CHECK(fit_to_width("United Kingdom", 10, mono) == "United\xE2\x80\xA6");
  // A two-byte character (é) is never split.
  CHECK(fit_to_width("Caf\xC3\xA9 noir", 7, mono) == "Caf\xE2\x80\xA6");
  CHECK(fit_to_width("abc", 2, mono).empty());
}
