// Turns parsed records into a typed Table, one row at a time.
//
// Steps per row: (0) order-level fields blank on an order's later rows are
// carried down from its first row (Shopify); (1) tokenizer faults and ragged
// rows are rejected; (2) role columns are converted to their role's type, and a value that does
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
#include "ingest/type_inference.h"
#include "ingest/value_parsers.h"

namespace starcart {

struct BuildSpec {
  std::string source;
  std::vector<std::string> header;  // column names, UTF-8
  std::vector<Role> roles;          // per column; kNone keeps the column as text
  Encoding encoding = Encoding::kUtf8;
  NumberStyle number_style;
  std::vector<Role> required;       // roles whose empty value rejects the row
  std::optional<DateOrder> date_order;  // set when the user chose it (every column)
  // Added for inferred types, layouts and JSON (all optional, per column):
  std::vector<std::optional<DateOrder>> column_date_orders;  // the user's choice for one column
  std::vector<ValueType> types;      // inferred types; kExcelDate makes a date column read serial days
  int carry_key = -1;                // column whose value groups rows into orders (Shopify "Name")
  std::vector<uint8_t> carry_down;   // 1: blank values are carried down within the order
  // Equal rows are separate facts (a log without order ids, CDNOW: two equal
  // purchases on one day are two purchases): (5) is skipped.
  bool keep_duplicates = false;
};

class TableBuilder {
 public:
  explicit TableBuilder(BuildSpec spec);

  // A record from the CSV tokenizer (its faults become rejected rows).
  void add(const CsvRow& row);
  // A record from any other reader (JSON): fields in header order.
  void add_fields(const std::vector<std::string_view>& fields, int64_t line, std::string_view raw,
                  int64_t offset);
  // The same, with the identity used for exact-duplicate detection given by
  // the reader (JSON: the record's text and the line item's index) instead of
  // the raw bytes' hash.
  void add_fields(const std::vector<std::string_view>& fields, int64_t line, std::string_view raw,
                  int64_t offset, uint64_t identity);
  // A record that could not be read at all.
  void reject(int64_t line, std::string_view raw, ErrorCode code, int column, std::string reason);

  int64_t rows_read() const { return table_.counts.rows_read; }
  // Room for about this many rows (fewer reallocations on big files).
  void reserve(size_t rows);

  // Reads back the raw text of the record at a byte offset, for rows that are
  // rejected only at finish (a date impossible under the column's order).
  using RawLookup = std::function<std::string(int64_t offset)>;
  Table finish(const RawLookup& raw_at = {});

 private:
  std::string_view text_of(std::string_view field, std::string& scratch) const;
  const std::vector<std::string_view>& carried(const std::vector<std::string_view>& fields);
  bool convert_date(size_t column, std::string_view v, int64_t& packed) const;
  void reject_row(int64_t line, std::string_view raw, ErrorCode code, int column, std::string reason);
  void decide_date_orders(std::vector<uint8_t>& drop, const RawLookup& raw_at);
  void mark_duplicates(std::vector<uint8_t>& drop);
  void compact(const std::vector<uint8_t>& drop);

  BuildSpec spec_;
  Table table_;
  std::vector<uint64_t> row_hash_;   // per appended row: hash of its raw bytes
  // Per appended row: byte offset of its record, in 32 bits (4 MB less at
  // 1M rows, held with the file at the load's peak); kWideOffset for an
  // offset past 4 GiB, kept in wide_offsets_ (row, offset) in row order.
  std::vector<uint32_t> row_offset_;
  std::vector<std::pair<size_t, int64_t>> wide_offsets_;
  static constexpr uint32_t kWideOffset = UINT32_MAX;
  int64_t row_offset(size_t r) const;
  std::vector<int64_t> staged_;      // per column: converted value of the current row
  std::string scratch_;
  std::vector<uint8_t> is_required_;  // per column
  std::vector<uint8_t> is_id_;        // per column: a kId role (values normalised as ids)
  // Per column, the previous row's value: an order's lines repeat its id,
  // date, customer and country, so most cells are the cell above (no parse,
  // no dictionary probe).
  std::vector<std::string> prev_text_;  // typed columns: the text last converted
  std::vector<int64_t> prev_value_;     // ... and its value
  std::vector<uint32_t> prev_id_;       // text columns: the id last interned
  // Text columns: a small direct-mapped cache in front of the dictionary,
  // keyed by a cheap hash of the value's length and its first and last 8
  // bytes (a product code or name repeats, but not on the next line).
  struct CacheSlot {
    uint32_t tag;  // high bits of the key hash
    uint32_t id;   // dictionary id + 1; 0 = empty
  };
  uint32_t cache_slots_ = 1024;         // per column; a power of two, grown by reserve()
  std::vector<CacheSlot> intern_cache_;  // cache_slots_ per column
  uint32_t intern(size_t column, std::string_view v);
  // (0) carry-down state: the current order's key and its first row's values.
  std::string carry_order_;
  std::vector<std::string> carry_values_;
  std::vector<std::string_view> carry_fields_;
};

// Cuts text for display in messages: at most `max` bytes, on a UTF-8 boundary.
std::string clip_text(std::string_view s, size_t max);

}  // namespace starcart
