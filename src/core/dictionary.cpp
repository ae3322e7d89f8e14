#include "core/dictionary.h"

#include <cstring>

#include "core/hash.h"

namespace starcart {

namespace {
constexpr size_t kBlockSize = 64 * 1024;
}

Dictionary::Dictionary() {
  slots_.assign(64, 0);
  mask_ = 63;
  values_.push_back(std::string_view());
  hashes_.push_back(static_cast<uint32_t>(hash_string({})));
  slots_[hashes_[0] & mask_] = 1;
}

std::string_view Dictionary::store(std::string_view s) {
  if (s.empty()) return {};
  if (block_used_ + s.size() > block_size_) {
    blocks_.emplace_back(new char[kBlockSize]);
    block_used_ = 0;
    block_size_ = kBlockSize;
    bytes_ += kBlockSize;
  }
  // The current small-string block is the last one allocated with kBlockSize;
  // large strings are inserted before it so it stays at the back.
  char* dst = blocks_.back().get() + block_used_;
  std::memcpy(dst, s.data(), s.size());
  block_used_ += s.size();
  return {dst, s.size()};
}

uint32_t Dictionary::probe(std::string_view s, uint32_t h) const {
  uint32_t i = h & mask_;
  for (;;) {
    uint32_t slot = slots_[i];
    if (slot == 0) return i;
    uint32_t id = slot - 1;
    if (hashes_[id] == h && values_[id] == s) return i;
    i = (i + 1) & mask_;
  }
}

void Dictionary::grow() {
  size_t n = slots_.size() * 2;
  slots_.assign(n, 0);
  mask_ = static_cast<uint32_t>(n - 1);
  for (uint32_t id = 0; id < values_.size(); ++id) {
    uint32_t i = hashes_[id] & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = id + 1;
  }
}

uint32_t Dictionary::intern(std::string_view s) {
  uint32_t h = static_cast<uint32_t>(hash_string(s));
  uint32_t i = probe(s, h);
  if (slots_[i] != 0) return slots_[i] - 1;
  uint32_t id = static_cast<uint32_t>(values_.size());
  std::string_view kept;
  if (s.size() > kBlockSize / 4) {
    // Keep the current small-string block last: insert the big block before it.
    std::unique_ptr<char[]> big(new char[s.size()]);
    std::memcpy(big.get(), s.data(), s.size());
    kept = {big.get(), s.size()};
    bytes_ += s.size();
    if (blocks_.empty()) {
      blocks_.push_back(std::move(big));
      block_size_ = 0;  // no small block yet
      block_used_ = 0;
    } else {
      blocks_.insert(blocks_.end() - 1, std::move(big));
    }
  } else {
    kept = store(s);
  }
  values_.push_back(kept);
  hashes_.push_back(h);
  slots_[i] = id + 1;
  if (values_.size() * 2 > slots_.size()) grow();
  return id;
}

std::optional<uint32_t> Dictionary::find(std::string_view s) const {
  uint32_t h = static_cast<uint32_t>(hash_string(s));
  uint32_t i = probe(s, h);
  if (slots_[i] == 0) return std::nullopt;
  return slots_[i] - 1;
}

size_t Dictionary::memory_bytes() const {
  return bytes_ + values_.capacity() * sizeof(std::string_view) + hashes_.capacity() * 4 +
         slots_.capacity() * 4;
}

}  // namespace starcart
