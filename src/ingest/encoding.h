// Text encodings of exports: UTF-8 (with or without BOM), UTF-16 LE/BE with
// BOM (Excel "Unicode text"), and Windows-1252 (a superset of Latin-1 for
// printable text; the public UCI Online Retail file is not valid UTF-8).
//
// Windows-1252 input is not transcoded up front: fields are converted when
// they are read (most fields are ASCII and pass through without a copy).
// UTF-16 input is transcoded to UTF-8 once, since every byte differs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace starcart {

enum class Encoding : uint8_t { kUtf8, kUtf8Bom, kUtf16Le, kUtf16Be, kWindows1252 };

const char* encoding_name(Encoding e);  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "Windows-1252"

struct EncodingDetection {
  Encoding encoding = Encoding::kUtf8;
  size_t bom_bytes = 0;          // bytes to skip at the start
  int64_t first_invalid = -1;    // byte offset of the first invalid UTF-8 sequence, if any
  std::string evidence;          // "byte 0xA3 at offset 1234 is not valid UTF-8"
};

// Looks at the BOM, then validates the whole buffer as UTF-8 (fast).
EncodingDetection detect_encoding(std::string_view bytes);

// True when the bytes are valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

// UTF-16 (without its BOM) to UTF-8. Unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian);

// Converts one Windows-1252 field to UTF-8. Returns `field` itself when it is
// pure ASCII; otherwise writes into `scratch` and returns a view of it.
std::string_view windows1252_to_utf8(std::string_view field, std::string& scratch);

}  // namespace starcart
