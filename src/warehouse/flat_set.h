// A set of 64-bit keys with open addressing (linear probing): the distinct
// counts of marts and column profiles insert millions of keys, where
// std::unordered_set's node per key costs several times the time and memory.
#pragma once

#include <cstdint>
#include <vector>

#include "core/hash.h"

namespace starcart {

class FlatSet64 {
 public:
  // true when the key was not in the set. UINT64_MAX cannot be stored.
  bool insert(uint64_t key) {
    // Keys come in runs (lines of one order, days in date order): the last
    // key answers without a probe.
    if (key == last_ && size_ > 0) return false;
    last_ = key;
    if (static_cast<size_t>(size_ + 1) * 2 > slots_.size()) grow();
    size_t i = static_cast<size_t>(hash_mix64(key)) & mask_;
    while (slots_[i] != kEmpty) {
      if (slots_[i] == key) return false;
      i = (i + 1) & mask_;
    }
    slots_[i] = key;
    ++size_;
    return true;
  }
  bool contains(uint64_t key) const {
    if (slots_.empty()) return false;
    size_t i = static_cast<size_t>(hash_mix64(key)) & mask_;
    while (slots_[i] != kEmpty) {
      if (slots_[i] == key) return true;
      i = (i + 1) & mask_;
    }
    return false;
  }
  int64_t size() const { return size_; }
  template <class F>
  void for_each(F&& f) const {
    for (uint64_t k : slots_)
      if (k != kEmpty) f(k);
  }
  void clear() {
    last_ = 0;
    slots_.clear();
    size_ = 0;
    mask_ = 0;
  }

 private:
  static constexpr uint64_t kEmpty = UINT64_MAX;
  void grow() {
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, kEmpty);
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (uint64_t k : old) {
      if (k == kEmpty) continue;
      size_t i = static_cast<size_t>(hash_mix64(k)) & mask_;
      while (slots_[i] != kEmpty) i = (i + 1) & mask_;
      slots_[i] = k;
      ++size_;
    }
  }
  std::vector<uint64_t> slots_;
  uint64_t last_ = 0;
  size_t mask_ = 0;
  int64_t size_ = 0;
};

}  // namespace starcart
