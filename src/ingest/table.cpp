#include "ingest/table.h"

namespace starcart {

size_t Column::rows() const {
  switch (kind) {
    case ColumnKind::kText: return ids.size();
    case ColumnKind::kInteger:
    case ColumnKind::kMoney: return values.size();
    case ColumnKind::kDate: return days.size();
  }
  return 0;
}

int Table::find(Role role) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].role == role) return static_cast<int>(i);
  return -1;
}

const Column* Table::column(Role role) const {
  int i = find(role);
  return i < 0 ? nullptr : &columns[static_cast<size_t>(i)];
}

}  // namespace starcart
