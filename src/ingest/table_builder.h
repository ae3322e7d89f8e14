// Turns parsed records into a typed Table, one row at a time.
//
// Steps per row: (1) tokenizer faults and ragged rows are rejected;
// (2) role columns are converted to their role's type, and a value that does
// not convert rejects the row with its column and text; (3) the row is
// appended. At finish: (4) each date column's day/month order is decided
// from the whole column; (5) exact duplicate source rows are dropped and
// counted; (6) the read = loaded + rejected + duplicates balance is checked.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"
#include "ingest/csv_tokenizer.h"
#include "ingest/encoding.h"
#include "ingest/table.h"
#include "ingest/value_parsers.h"

namespace starcart {

struct BuildSpec {
  std::string source;
  std::vector<std::string> header;  // column names, UTF-8
  std::vector<Role> roles;          // per column; kNone keeps the column as text
  Encoding encoding = Encoding::kUtf8;
  NumberStyle number_style;
  std::vector<Role> required;       // roles whose empty value rejects the row
  std::optional<DateOrder> date_order;  // set when the user chose it
};

class TableBuilder {
 public:
  explicit TableBuilder(BuildSpec spec);

  // A record from the CSV tokenizer (its faults become rejected rows).
  void add(const CsvRow& row);
  // A record from any other reader (JSON): fields in header order.
  void add_fields(const std::vector<std::string_view>& fields, int64_t line, std::string_view raw,
                  int64_t offset);
  // A record that could not be read at all.
  void reject(int64_t line, std::string_view raw, ErrorCode code, int column, std::string reason);

  int64_t rows_read() const { return table_.counts.rows_read; }

  // Reads back the raw text of the record at a byte offset, for rows that are
  // rejected only at finish (a date impossible under the column's order).
  using RawLookup = std::function<std::string(int64_t offset)>;
  Table finish(const RawLookup& raw_at = {});

 private:
  std::string_view text_of(std::string_view field, std::string& scratch) const;
  void reject_row(int64_t line, std::string_view raw, ErrorCode code, int column, std::string reason);
  void decide_date_orders(std::vector<uint8_t>& drop, const RawLookup& raw_at);
  void mark_duplicates(std::vector<uint8_t>& drop);
  void compact(const std::vector<uint8_t>& drop);

  BuildSpec spec_;
  Table table_;
  std::vector<uint64_t> row_hash_;   // per appended row: hash of its raw bytes
  std::vector<int64_t> row_offset_;  // per appended row: byte offset of its record
  std::vector<int64_t> staged_;      // per column: converted value of the current row
  std::string scratch_;
  std::vector<uint8_t> is_required_;  // per column
};

// Cuts text for display in messages: at most `max` bytes, on a UTF-8 boundary.
std::string clip_text(std::string_view s, size_t max);

}  // namespace starcart
