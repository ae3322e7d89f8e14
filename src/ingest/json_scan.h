// Byte-level facts about JSON text that the DOM does not keep: where each
// record starts (so rows carry their line), line and column of a byte offset,
// and where and why a document stops being JSON (simdjson says that it
// fails, this says where). No allocation per value; strings and escapes are
// skipped, not decoded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace starcart {

// Byte offset -> 1-based line and column (column in bytes).
struct TextPosition {
  int64_t line = 1;
  int64_t column = 1;
};
TextPosition position_of(std::string_view text, int64_t offset);

// Starts of the elements of the record array: the top-level array when
// `records_key` is empty, else the array held by that key of the top-level
// object. Offsets are into `text`.
std::vector<int64_t> json_record_offsets(std::string_view text, std::string_view records_key);

// The end (one past) of the JSON value starting at `offset`; text.size()
// when it runs off the end.
size_t json_value_end(std::string_view text, size_t offset);

struct JsonSyntaxError {
  int64_t offset = -1;  // -1: the text is valid JSON
  std::string reason;   // "expected ',' or ']' after an array element"
};
// The first syntax error of a JSON document (or of one NDJSON line).
JsonSyntaxError find_json_syntax_error(std::string_view text);

// The text starts (after a BOM and blanks) with '[' or '{'.
bool looks_like_json(std::string_view bytes);

// Several top-level values one after another (JSON Lines / NDJSON).
bool looks_like_ndjson(std::string_view text);

}  // namespace starcart
