// JSON records as flat rows (simdjson DOM, error codes, no exceptions).
//
// Accepted shapes: a top-level array of objects; NDJSON / JSON Lines (one
// object per line); an object holding the array ({"orders": [...]}, as shop
// APIs return); a single object (one record). Nested objects flatten to
// dotted names (customer.email, shipping_address.country); an array of line
// items inside each record (line_items, items...) expands into one row per
// item with the record's fields repeated; other arrays of scalars join with
// ", " and arrays of objects stay as JSON text, so no value is dropped.
//
// The header is record fields (first-seen order) then item fields, prefixed
// with the items key ("line_items.sku").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace starcart {

struct JsonShape {
  bool ndjson = false;
  std::string records_key;  // "" = top level
  std::string items_key;    // "" = no expansion
};

class JsonRecords {
 public:
  // Parses `text` (UTF-8, no BOM). A document that is not JSON fails with
  // kJsonSyntax at its line and column; one without records with kJsonShape.
  // NDJSON lines are parsed one at a time, when flattened: a bad line is one
  // rejected row, not a failed file.
  static Result<JsonRecords> open(const std::string& name, std::string_view text);

  JsonRecords(JsonRecords&&) noexcept;
  JsonRecords& operator=(JsonRecords&&) noexcept;
  ~JsonRecords();

  const JsonShape& shape() const;
  size_t size() const;                    // records (NDJSON: non-blank lines)
  int64_t offset(size_t record) const;    // byte offset of the record in the text
  int64_t line(size_t record) const;      // its 1-based line
  std::string_view text(size_t record) const;  // its JSON text

  // Adds the column names of records [first, first+count) not yet in `header`.
  void discover_columns(size_t first, size_t count, std::vector<std::string>& header) const;

  // The rows of one record, aligned to `header` (names not in it are
  // ignored). Returns false with `error` (and `error_offset`, relative to
  // the record) when the record cannot be read (a bad NDJSON line, a record
  // that is not an object).
  bool flatten(size_t record, const std::vector<std::string>& header, std::vector<std::vector<std::string>>& rows,
               std::string& error, int64_t& error_offset) const;

 private:
  struct Impl;
  explicit JsonRecords(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace starcart
