#include "ingest/file_stream.h"

#include <cstring>

#include "core/hash.h"
#include "ingest/encoding.h"

namespace starcart {

namespace {
// hash_bytes()'s constants (core/hash.h); the steps below are the same.
constexpr uint64_t k1 = 0x9E3779B97F4A7C15ULL, k2 = 0xC2B2AE3D27D4EB4FULL;
}  // namespace

StreamFingerprint::StreamFingerprint(uint64_t total) : h_(0 ^ (total * k1)) {}

void StreamFingerprint::word(uint64_t w) {
  w *= k2;
  w = (w << 31) | (w >> 33);
  h_ = (h_ ^ w) * k1;
  h_ = (h_ << 27) | (h_ >> 37);
}

void StreamFingerprint::feed(std::string_view chunk) {
  const char* p = chunk.data();
  size_t n = chunk.size();
  while (npending_ > 0 && npending_ < 8 && n > 0) {
    pending_[npending_++] = static_cast<unsigned char>(*p++);
    --n;
  }
  if (npending_ == 8) {
    uint64_t w;
    std::memcpy(&w, pending_, 8);
    word(w);
    npending_ = 0;
  }
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    word(w);
    p += 8;
    n -= 8;
  }
  std::memcpy(pending_ + npending_, p, n);
  npending_ += n;
}

uint64_t StreamFingerprint::finish() {
  if (npending_ > 0) {
    uint64_t w = 0;
    std::memcpy(&w, pending_, npending_);
    w *= k2;
    w = (w << 31) | (w >> 33);
    h_ ^= w * k1;
  }
  return hash_mix64(h_);
}

size_t utf8_complete_prefix(std::string_view s) {
  const size_t n = s.size();
  for (size_t back = 1; back <= 3 && back <= n; ++back) {
    const unsigned char c = static_cast<unsigned char>(s[n - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return len > back ? n - back : n;
  }
  return n;
}

int64_t first_invalid_utf8_at(std::string_view s) {
  EncodingDetection d = detect_encoding(s);
  if (d.encoding == Encoding::kUtf16Le || d.encoding == Encoding::kUtf16Be) return -1;
  return d.first_invalid;
}

}  // namespace starcart
