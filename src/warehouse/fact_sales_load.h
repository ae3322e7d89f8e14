// Load step 4, fact_sales: the appended lines, read straight from the store's
// columns by a BulkInsert (the hot path: every value an integer or a
// dictionary string SQLite reads in place). line_key is left to SQLite: the
// next rowid is the plan's next line key (keys are dense and only loads
// write), and SQLite appends without the uniqueness seek an explicit key
// costs per row.
#pragma once

#include <string>
#include <vector>

#include "warehouse/load_context.h"
#include "warehouse/sqlite_bulk.h"

namespace starcart {

class LineFacts final : public RowSource {
 public:
  // After the dimension and order steps (keys, order keys, line numbers).
  explicit LineFacts(const LoadContext& c);
  static const std::vector<std::string>& columns();
  int64_t row_count() const override { return static_cast<int64_t>(c_.lines.size()); }
  void row(int64_t row, RowWriter& out) const override;
  // The line_key of appended line k.
  int64_t line_key(size_t k) const { return first_line_key_ + static_cast<int64_t>(k); }

 private:
  const LoadContext& c_;
  int64_t first_line_key_;
  std::vector<int32_t> date_key_;  // per day from the first appended day: yyyymmdd
  Day first_day_ = 0;
};

// 'sale', 'return', 'excluded' (fact_sales.line_kind).
const char* line_kind_name(LineKind k);

}  // namespace starcart
