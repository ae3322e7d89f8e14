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

void RowBuffer::row(int64_t row, RowWriter& out) const {
  const Cell* c = &cells_[static_cast<size_t>(row * columns_)];
  for (int k = 0; k < columns_; ++k, ++c) {
    switch (c->kind) {
      case Kind::kNull: out.null(); break;
      case Kind::kInteger: out.integer(c->value); break;
      case Kind::kText: out.text(std::string_view(arena_.data() + c->value, c->length)); break;
    }
  }
}

void RowBuffer::clear() {
  cells_.clear();
  arena_.clear();
}

}  // namespace starcart
