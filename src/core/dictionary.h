// String interning for dictionary-encoded columns (DESIGN 3): every distinct
// string gets a dense uint32 id in first-seen order. Id 0 is the empty string,
// which stands for "missing" (a guest line's customer, an unknown country).
// Views returned by at() stay valid for the dictionary's lifetime: strings
// live in fixed blocks that never move.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace starcart {

class Dictionary {
 public:
  Dictionary();
  Dictionary(Dictionary&&) noexcept = default;
  Dictionary& operator=(Dictionary&&) noexcept = default;
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  uint32_t intern(std::string_view s);
  std::optional<uint32_t> find(std::string_view s) const;
  std::string_view at(uint32_t id) const { return values_[id]; }
  uint32_t size() const { return static_cast<uint32_t>(values_.size()); }
  size_t memory_bytes() const;

 private:
  std::string_view store(std::string_view s);
  void grow();
  uint32_t probe(std::string_view s, uint32_t hash) const;  // slot index

  std::vector<std::string_view> values_;
  std::vector<uint32_t> hashes_;     // per id, to skip most string compares
  std::vector<uint32_t> slots_;      // open addressing: id + 1, 0 = empty
  uint32_t mask_ = 0;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0, block_size_ = 0, bytes_ = 0;
};

}  // namespace starcart
