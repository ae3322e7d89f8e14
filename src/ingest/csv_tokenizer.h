// RFC 4180 tokenizer, resumable: it parses one record at a time from a byte
// buffer and says when it needs more bytes, so a loader can feed a whole file
// held in memory (no copy) or a sliding window over a stream.
//
// Handles quoted fields with delimiters, doubled quotes and line breaks;
// LF, CRLF and lone CR line ends; blank lines (skipped). Row-level faults
// (unterminated quote, NUL byte, over-long field) are reported on the row,
// never thrown; the tokenizer resynchronises and the load goes on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace starcart {

struct CsvDialect {
  char delimiter = ',';
  char quote = '"';
  // Columns separated by runs of spaces or tabs, no quoting, leading and
  // trailing blanks ignored (fixed-width research files such as CDNOW).
  bool whitespace = false;
};

struct CsvRow {
  std::vector<std::string_view> fields;  // valid until the next call to next()
  std::string_view raw;       // the record's bytes, without its line terminator
  int64_t line = 0;           // 1-based physical line where the record starts
  int64_t offset = 0;         // byte offset of the record in the input
  ErrorCode error = ErrorCode::kOk;  // kCsvQuote, kCsvNul or kFieldTooLong
  int error_field = 0;        // 1-based field index of the fault
};

class CsvTokenizer {
 public:
  explicit CsvTokenizer(CsvDialect dialect = {}, size_t max_field_bytes = size_t{1} << 20);

  // Parses the record starting at data[pos]. On success fills `row`, advances
  // pos past the record and its terminator, and returns true. Returns false
  // when data ends inside the record and `final` is false (call again with
  // more bytes appended; pos is unchanged), or when no record is left.
  // base_offset is the byte offset of data[0] in the whole input.
  bool next(std::string_view data, size_t& pos, bool final, CsvRow& row, int64_t base_offset = 0);

  // Physical line number of the next record.
  int64_t line() const { return line_; }
  void set_line(int64_t line) { line_ = line; }
  const CsvDialect& dialect() const { return dialect_; }

 private:
  enum class Parse { kRecord, kNeedMore, kBlank };
  // A whitespace-separated record (dialect.whitespace).
  Parse parse_blank_separated(std::string_view data, size_t pos, bool final, CsvRow& row, size_t& end);
  // The common record (no quotes, no NUL, fields within the limit) in one
  // pass; false sends the record to parse() from its start.
  bool parse_plain(std::string_view data, size_t pos, bool final, CsvRow& row, size_t& end, int64_t& lines);
  Parse parse(std::string_view data, size_t pos, bool final, CsvRow& row, size_t& end,
              int64_t& lines);

  struct Piece {  // a field's location, resolved to a view at the record's end
    bool in_scratch;
    size_t offset, length;
  };

  CsvDialect dialect_;
  size_t max_field_;
  int64_t line_ = 1;
  bool special_[256];
  uint64_t delim_word_ = 0;  // the delimiter in every byte (SWAR scan)
  uint64_t quote_word_ = 0;
  int plain_misses_ = 0;     // records in a row that parse_plain handed back
  int plain_pause_ = 0;      // records left before parse_plain is tried again
  std::vector<Piece> pieces_;
  std::string scratch_;
};

}  // namespace starcart
