// Masking personal data (issue 8): a customer id, email or name replaced by
// a keyed hash, so the same person keeps the same token inside one export
// (joins and counts still work) while the token cannot be looked up without
// the key, which never leaves the tab.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/hash.h"

namespace starcart {

// "c-3f9a0b12c4d5": 12 hex digits of the keyed hash; "" stays "".
inline std::string mask_identifier(std::string_view value, uint64_t key) {
  if (value.empty()) return "";
  static const char kHex[] = "0123456789abcdef";
  uint64_t h = hash_string(value, key);
  std::string out = "c-";
  for (int i = 0; i < 12; ++i, h >>= 4) out += kHex[h & 15];
  return out;
}

}  // namespace starcart
