#include "warehouse/row_buffer.h"

namespace starcart {

RowBuffer& RowBuffer::integer(int64_t v) {
  cells_.push_back(Cell{v, 0, Kind::kInteger});
  return *this;
}

RowBuffer& RowBuffer::text(std::string_view v) {
  cells_.push_back(Cell{static_cast<int64_t>(arena_.size()), static_cast<uint32_t>(v.size()), Kind::kText});
  arena_.append(v.data(), v.size());
  return *this;
}

RowBuffer& RowBuffer::null() {
  cells_.push_back(Cell{0, 0, Kind::kNull});
  return *this;
}

void RowBuffer::cell(int64_t row, int column, CellWriter& out) const {
  const Cell& c = cells_[static_cast<size_t>(row * columns_ + column)];
  switch (c.kind) {
    case Kind::kNull: out.null(); break;
    case Kind::kInteger: out.integer(c.value); break;
    case Kind::kText: out.text(std::string_view(arena_).substr(static_cast<size_t>(c.value), c.length)); break;
  }
}

void RowBuffer::clear() {
  cells_.clear();
  arena_.clear();
}

}  // namespace starcart
