// Will a load fit in the tab's memory? (issue 8) Checked before the files'
// bytes are copied into the wasm heap, so a file too big for the tab is
// refused with a message instead of crashing the page.
//
// The estimate is measured, not guessed: `starcart build` on the 23.3 MB
// 200,000-line demo file peaks at 118 MB resident (5.1 x the file: typed
// columns, facts, SQLite pages). The page holds the file's bytes as well
// while loading, so a load needs about 6 x its bytes, plus room for the
// exports' copies (a .sqlite download serializes the database once more).
#pragma once

#include <cstdint>
#include <string>

namespace starcart {

inline constexpr int64_t kLoadBytesFactor = 6;
inline constexpr int64_t kLoadOverheadBytes = 64LL << 20;

// Peak memory a load of files totalling `input_bytes` needs.
int64_t estimate_load_bytes(int64_t input_bytes);

// "" when a load of `input_bytes` fits in `heap_limit` with `heap_used`
// already taken; otherwise the message to show (sizes, and what to do).
std::string check_load_fits(int64_t input_bytes, int64_t heap_used, int64_t heap_limit);

}  // namespace starcart
