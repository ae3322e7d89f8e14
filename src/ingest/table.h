// What ingest produces: one typed, columnar table per input file, with the
// rows it could not read kept aside (nothing is lost silently).
//
// Columns mapped to a role hold that role's type (ids and text as dictionary
// ids, quantities as integers, money as exact Money, dates as day numbers);
// unmapped columns are kept as text, so every value the user gave survives.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/dictionary.h"
#include "core/error.h"
#include "ingest/roles.h"

namespace starcart {

enum class ColumnKind : uint8_t { kText, kInteger, kMoney, kDate };

inline constexpr int64_t kNullValue = INT64_MIN;  // an empty integer or money cell
inline constexpr Day kNullDay = INT32_MIN;        // an empty date cell

struct Column {
  std::string name;  // header text, UTF-8
  Role role = Role::kNone;
  ColumnKind kind = ColumnKind::kText;
  Dictionary dict;                // kText: the strings (id 0 = empty)
  std::vector<uint32_t> ids;      // kText: one id per row
  std::vector<int64_t> values;    // kInteger, kMoney: one per row, kNullValue if empty
  std::vector<Day> days;          // kDate: day number, kNullDay if empty
  std::vector<int32_t> seconds;   // kDate: seconds since midnight, -1 if no time

  size_t rows() const;
};

// A row that was not loaded, with everything needed to find and fix it.
struct RejectedRow {
  std::string file;
  int64_t line = 0;          // 1-based physical line where the record starts
  int column = 0;            // 1-based field index; 0 for the whole row
  std::string column_name;
  ErrorCode code = ErrorCode::kOk;
  std::string reason;        // "Quantity: 'abc' is not a whole number"
  std::string raw;           // the record as written (UTF-8, capped at 4 kB)
};

// The balance every load must keep: read = loaded + rejected + duplicates.
struct LoadCounts {
  int64_t rows_read = 0;
  int64_t rows_loaded = 0;
  int64_t rows_rejected = 0;
  int64_t duplicates = 0;  // exact duplicate source rows, loaded once
  bool balanced() const { return rows_read == rows_loaded + rows_rejected + duplicates; }
};

// A choice made while loading, with the evidence for it, for the user to
// check ("Order date: read as D/M/Y", "13/01/2011 at line 7").
struct Decision {
  std::string column;
  std::string what;
  std::string evidence;
  bool needs_review = false;  // genuinely ambiguous: the user should confirm
  // Date-order decisions: the column's index and the counts behind the choice.
  int column_index = -1;
  int64_t supporting = 0;     // values that prove the chosen order
  int64_t contradicting = 0;  // values that prove the other order (rejected)
  int64_t undecided = 0;      // values that fit both
};

struct Table {
  std::string source;                 // file name as the user gave it
  std::vector<Column> columns;
  std::vector<uint32_t> source_line;  // per loaded row: its physical line in the file (32 bits: 4 MB less a million rows)
  LoadCounts counts;
  std::vector<RejectedRow> rejected;
  std::vector<Decision> decisions;
  int64_t bytes = 0;                  // size of the input file

  int64_t rows() const { return static_cast<int64_t>(source_line.size()); }
  // Index of the column holding a role; -1 when none.
  int find(Role role) const;
  const Column* column(Role role) const;
};

}  // namespace starcart
