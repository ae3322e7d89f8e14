// Data quality, step 1: the profile of one table's columns, computed while
// its rows stream by (one pass, no SQL per column): nulls, distinct values
// (exact for integers; 64-bit hashes for text and reals), minimum and
// maximum in SQLite's order.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "warehouse/data_quality.h"
#include "warehouse/flat_set.h"

namespace starcart {

struct ProfiledColumn {
  std::string name;
  std::string declared_type;
  bool rowid_alias = false;   // INTEGER PRIMARY KEY: distinct and not null by construction
  bool keep_values = false;   // a foreign key: keep the distinct values for the orphan check
};

class TableProfiler {
 public:
  TableProfiler(std::string table, std::vector<ProfiledColumn> columns);
  // Reads every column of the current row of `row` (SELECT of the columns, in order).
  void add_row(const Statement& row);
  // After the last row, once per column (a column's distinct values may be
  // sorted here: a job runs one column per slice).
  ColumnStats finish(size_t column);
  // The distinct non-NULL integer values of a keep_values column, each
  // stored as value ^ kValueFlip (so -1 fits the set; INT64_MAX does not).
  static constexpr uint64_t kValueFlip = 1ULL << 63;
  static constexpr int64_t kSpillAt = 1 << 16;
  const FlatSet64& values(int column) const { return columns_[static_cast<size_t>(column)].values; }
  const std::string& table() const { return table_; }
  const std::vector<ProfiledColumn>& columns() const { return spec_; }
  int64_t rows() const { return rows_; }

 private:
  struct State {
    int64_t nulls = 0;
    // Distinct keys: the integer itself (sign bit flipped), a hash for text,
    // reals and blobs. In a set while it fits in cache, then in a vector
    // sorted once at the end (sorted keys, the usual case, sort fast).
    // Spilled keys that follow each other (k, k + 1, ...: line numbers,
    // surrogate keys) are kept as ranges, not one by one: at 1M lines a
    // source_line column is a few ranges instead of 8 MB.
    FlatSet64 distinct;
    std::vector<uint64_t> spill;
    std::vector<std::pair<uint64_t, uint64_t>> ranges;  // [first, last]
    uint64_t run_first = 0, run_last = 0;              // the run being read
    bool in_run = false;
    bool spilled = false;
    int64_t distinct_spilled = 0;
    bool has_special = false;  // the one value whose hash is the set's empty marker
    FlatSet64 values;        // raw values (keep_values)
    bool has_int = false, has_real = false, has_text = false, has_blob = false;
    int64_t min_int = 0, max_int = 0;
    double min_real = 0, max_real = 0;
    std::string min_text, max_text, min_blob, max_blob;
    int last_type = -1;      // the previous value: a run of one value is read once
    int64_t last_int = 0;
    uint64_t last_bits = 0;
    std::string last_text;
  };
  static void end_run(State& s);
  std::string table_;
  std::vector<ProfiledColumn> spec_;
  std::vector<State> columns_;
  int64_t rows_ = 0;
};

}  // namespace starcart
