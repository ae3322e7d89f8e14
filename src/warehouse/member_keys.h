// Natural key -> surrogate key for one dimension, across loads: the members
// the warehouse has keep their keys, new members are numbered on from the
// largest. A natural key is a list of text parts; an empty part is NULL, and
// the all-NULL key is the unknown member, key 0.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

#include "warehouse/sqlite_db.h"

namespace starcart {

class MemberKeys {
 public:
  // Reads the existing members: `select` returns the key, then the natural
  // key's columns (NULL for missing parts).
  Status load(Database& db, std::string_view select);

  struct Found {
    int64_t key;
    bool is_new;
  };
  Found key_for(std::initializer_list<std::string_view> parts);
  // Only looks: -1 when the member does not exist.
  int64_t find(std::initializer_list<std::string_view> parts) const;
  int64_t next_key() const { return next_; }

 private:
  static std::string joined(std::initializer_list<std::string_view> parts);
  std::unordered_map<std::string, int64_t> keys_;
  int64_t next_ = 1;
};

}  // namespace starcart
