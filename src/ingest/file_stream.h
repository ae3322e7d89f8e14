// Helpers for reading a file in chunks instead of whole (the CLI's sliding
// window): a fingerprint equal to hash_bytes() of the whole file, computed
// chunk by chunk; where a chunk may be cut without splitting a UTF-8
// sequence; the first invalid UTF-8 byte of a chunk.
#pragma once

#include <cstdint>
#include <string_view>

namespace starcart {

// hash_bytes(whole, 0) of a file of `total` bytes, fed in chunks of any size.
class StreamFingerprint {
 public:
  explicit StreamFingerprint(uint64_t total);
  void feed(std::string_view chunk);
  uint64_t finish();  // after the last chunk

 private:
  void word(uint64_t w);
  uint64_t h_;
  unsigned char pending_[8];
  size_t npending_ = 0;
};

// The length of the longest prefix of `s` that does not end inside a UTF-8
// sequence (the rest is carried into the next chunk).
size_t utf8_complete_prefix(std::string_view s);

// Offset of the first invalid UTF-8 sequence in `s`, or -1.
int64_t first_invalid_utf8_at(std::string_view s);

}  // namespace starcart
