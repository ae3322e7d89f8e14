// A fast 64-bit hash for byte strings. Same result on native and wasm (both
// little-endian, integer-only arithmetic), so row hashes and dictionary
// layouts are identical across targets. Not cryptographic.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace starcart {

inline uint64_t hash_mix64(uint64_t x) {
  // MurmurHash3's 64-bit finaliser: full avalanche.
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

inline uint64_t hash_bytes(const char* p, size_t n, uint64_t seed = 0) {
  constexpr uint64_t k1 = 0x9E3779B97F4A7C15ULL, k2 = 0xC2B2AE3D27D4EB4FULL;
  uint64_t h = seed ^ (static_cast<uint64_t>(n) * k1);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    w *= k2;
    w = (w << 31) | (w >> 33);
    h = (h ^ w) * k1;
    h = (h << 27) | (h >> 37);
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    w *= k2;
    w = (w << 31) | (w >> 33);
    h ^= w * k1;
  }
  return hash_mix64(h);
}

inline uint64_t hash_string(std::string_view s, uint64_t seed = 0) {
  return hash_bytes(s.data(), s.size(), seed);
}

inline uint64_t hash_combine(uint64_t h, uint64_t v) { return hash_mix64(h ^ (v + 0x9E3779B97F4A7C15ULL + (h << 6))); }

}  // namespace starcart
