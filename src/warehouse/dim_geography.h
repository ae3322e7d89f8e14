// dim_geography's members: (country as written, state, city), enriched with
// the country's ISO 3166-1 codes, name and region (core/country_codes). Lines
// and customer versions ask for keys; new members are written at the end of
// the dimension step.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "warehouse/member_keys.h"
#include "warehouse/row_buffer.h"

namespace starcart {

class GeographyMembers {
 public:
  // Reads the members the warehouse has.
  Status load(Database& db);
  // The key of a (country, state, city); "" is missing. New members are kept
  // for insert_new().
  int64_t key(std::string_view country, std::string_view state, std::string_view city);
  Status insert_new(Database& db);
  int64_t added() const { return rows_.row_count(); }

  // The row of the unknown member, key 0.
  static Status insert_unknown(Database& db);

 private:
  MemberKeys keys_;
  RowBuffer rows_{9};
};

}  // namespace starcart
