// Rows built in C++ for a BulkInsert: integers, text and NULLs in a compact
// buffer (16 bytes a cell, text in one arena). Dimensions, marts, audit and
// quality tables are written through it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "warehouse/sqlite_bulk.h"

namespace starcart {

class RowBuffer : public RowSource {
 public:
  explicit RowBuffer(int columns) : columns_(columns) {}

  // Append cells left to right; a row is complete after `columns` cells.
  RowBuffer& integer(int64_t v);
  RowBuffer& text(std::string_view v);
  RowBuffer& null();
  RowBuffer& text_or_null(std::string_view v) { return v.empty() ? null() : text(v); }

  int columns() const { return columns_; }
  int64_t row_count() const override { return static_cast<int64_t>(cells_.size()) / columns_; }
  void row(int64_t row, RowWriter& out) const override;
  void clear();

 private:
  enum class Kind : uint8_t { kNull, kInteger, kText };
  struct Cell {
    int64_t value;    // the integer, or the text's offset in arena_
    uint32_t length;  // text length
    Kind kind;
  };
  int columns_;
  std::vector<Cell> cells_;
  std::string arena_;
};

}  // namespace starcart
