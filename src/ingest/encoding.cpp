#include "ingest/encoding.h"

#include <cstdio>
#include <cstring>

namespace starcart {

const char* encoding_name(Encoding e) {
  switch (e) {
    case Encoding::kUtf8: return "UTF-8";
    case Encoding::kUtf8Bom: return "UTF-8 (BOM)";
    case Encoding::kUtf16Le: return "UTF-16LE";
    case Encoding::kUtf16Be: return "UTF-16BE";
    case Encoding::kWindows1252: return "Windows-1252";
  }
  return "?";
}

namespace {

// Offset of the first invalid UTF-8 sequence, or -1. ASCII runs are skipped
// eight bytes at a time.
int64_t first_invalid_utf8(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return static_cast<int64_t>(i);
    if (i + len > n) return static_cast<int64_t>(i);
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return static_cast<int64_t>(i);
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return static_cast<int64_t>(i);
    i += len;
  }
  return -1;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Windows-1252 bytes 0x80-0x9F; 0 marks the five undefined bytes, which map
// to the C1 control of the same value (as browsers' decoders do).
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

bool is_valid_utf8(std::string_view bytes) { return first_invalid_utf8(bytes) < 0; }

EncodingDetection detect_encoding(std::string_view b) {
  EncodingDetection r;
  auto u = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
  if (b.size() >= 3 && u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF) {
    r.encoding = Encoding::kUtf8Bom;
    r.bom_bytes = 3;
  } else if (b.size() >= 2 && u(0) == 0xFF && u(1) == 0xFE) {
    r.encoding = Encoding::kUtf16Le;
    r.bom_bytes = 2;
    r.evidence = "byte-order mark FF FE";
    return r;
  } else if (b.size() >= 2 && u(0) == 0xFE && u(1) == 0xFF) {
    r.encoding = Encoding::kUtf16Be;
    r.bom_bytes = 2;
    r.evidence = "byte-order mark FE FF";
    return r;
  }
  int64_t bad = first_invalid_utf8(b.substr(r.bom_bytes));
  if (bad >= 0) {
    r.first_invalid = bad + static_cast<int64_t>(r.bom_bytes);
    r.encoding = Encoding::kWindows1252;
    char buf[96];
    std::snprintf(buf, sizeof buf, "byte 0x%02X at offset %lld is not valid UTF-8",
                  u(static_cast<size_t>(r.first_invalid)), static_cast<long long>(r.first_invalid));
    r.evidence = buf;
  } else {
    r.evidence = r.bom_bytes ? "UTF-8 byte-order mark" : "all bytes are valid UTF-8";
  }
  return r;
}

std::string utf16_to_utf8(std::string_view b, bool big_endian) {
  std::string out;
  out.reserve(b.size() / 2 + b.size() / 8);
  auto unit = [&](size_t i) -> uint32_t {
    unsigned char lo = static_cast<unsigned char>(b[i]), hi = static_cast<unsigned char>(b[i + 1]);
    return big_endian ? (static_cast<uint32_t>(lo) << 8) | hi : (static_cast<uint32_t>(hi) << 8) | lo;
  };
  size_t n = b.size() & ~size_t{1};
  for (size_t i = 0; i < n; i += 2) {
    uint32_t cu = unit(i);
    if (cu >= 0xD800 && cu <= 0xDBFF && i + 3 < n) {
      uint32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((cu - 0xD800) << 10) + (lo - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (cu >= 0xD800 && cu <= 0xDFFF) cu = 0xFFFD;
    append_utf8(out, cu);
  }
  return out;
}

std::string_view windows1252_to_utf8(std::string_view field, std::string& scratch) {
  size_t i = 0;
  while (i < field.size() && static_cast<unsigned char>(field[i]) < 0x80) ++i;
  if (i == field.size()) return field;
  scratch.assign(field.data(), i);
  for (; i < field.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(field[i]);
    if (c < 0x80) scratch += static_cast<char>(c);
    else if (c < 0xA0) append_utf8(scratch, kCp1252High[c - 0x80] ? kCp1252High[c - 0x80] : c);
    else append_utf8(scratch, c);
  }
  return scratch;
}

}  // namespace starcart
