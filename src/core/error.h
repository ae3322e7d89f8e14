// Errors as values (DESIGN 9): one enum of codes, one table of messages that
// say how to fix the problem, and a location (file, line, column) so the user
// can find the bytes we complain about. Nothing here throws.
#pragma once

#include <cstdint>
#include <string>

namespace starcart {

enum class ErrorCode : uint8_t {
  kOk = 0,
  kIo,              // a file could not be read or written
  kEmptyInput,      // the input has no bytes or no rows
  kEncoding,        // bytes are not valid in the detected encoding
  kCsvQuote,        // a quoted field is never closed
  kCsvRagged,       // a row has more or fewer fields than the header
  kCsvNul,          // a NUL byte inside a field (binary file, or UTF-16 without BOM)
  kFieldTooLong,    // a field longer than the limit (a broken quote swallowing the file)
  kJsonSyntax,      // JSON that does not parse
  kJsonShape,       // JSON that parses but holds no array of records
  kMissingRole,     // a column the analysis needs was not found in the header
  kBadNumber,       // a value in a numeric column is not a number
  kBadDate,         // a value in a date column is not a date
  kBadValue,        // any other value that does not fit its column's type
  kSql,             // SQLite reported an error
  kSqlReadOnly,     // a statement tried to write through the read-only engine
  kSqlInterrupted,  // a query ran past its time budget
  kCancelled,       // the user cancelled a running job
  kOutOfMemory,     // the data does not fit in memory
  kUsage,           // a command-line or API call with wrong arguments
  kCount
};

// A place in the user's input. line and column are 1-based; 0 means unknown.
struct Location {
  std::string file;
  int64_t line = 0;
  int64_t column = 0;
  std::string to_string() const;  // "orders.csv:12:5", "orders.csv:12", "orders.csv"
};

struct Error {
  ErrorCode code = ErrorCode::kOk;
  std::string message;  // what is wrong, with the offending value when there is one
  Location where;
  std::string hint;     // what to do about it; defaults to the code's hint

  // "orders.csv:12:5: message (hint)"
  std::string to_string() const;
};

// Stable short name ("csv_ragged") used in reports and rejected-row exports.
const char* error_code_name(ErrorCode code);
// Default advice for the user, one sentence.
const char* error_code_hint(ErrorCode code);

Error make_error(ErrorCode code, std::string message, Location where = {});

}  // namespace starcart
