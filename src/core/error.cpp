#include "core/error.h"

namespace starcart {

namespace {

struct CodeInfo {
  const char* name;
  const char* hint;
};

// Indexed by ErrorCode; keep in the enum's order.
constexpr CodeInfo kCodes[] = {
    {"ok", ""},
    {"io", "Check that the file exists and is readable."},
    {"empty_input", "The file holds no data rows; export it again with its rows."},
    {"encoding", "Save the file as UTF-8, or pick its encoding in the import step."},
    {"csv_quote", "A quote opens a field that never closes; check the row in a text editor."},
    {"csv_ragged", "The row has a different number of fields than the header; check for an unquoted delimiter."},
    {"csv_nul", "The row holds NUL bytes; the file may be binary or UTF-16 without a byte-order mark."},
    {"field_too_long", "A field is longer than 1 MB; a quote is probably missing its partner."},
    {"json_syntax", "The JSON does not parse; check the file at the given position."},
    {"json_shape", "Provide an array of objects, one object per line (NDJSON), or an object holding such an array."},
    {"missing_role", "Map a column to this role in the import step (or --map role=column on the command line)."},
    {"bad_number", "Fix the value or map another column; the row is kept aside and can be downloaded."},
    {"bad_date", "Fix the value or choose the date format in the import step."},
    {"bad_value", "Fix the value or map another column."},
    {"sql", "Check the SQL text near the given position."},
    {"sql_read_only", "The SQL console is read-only; use SELECT (or WITH ... SELECT)."},
    {"sql_interrupted", "The query ran past its time budget; add a filter or a LIMIT."},
    {"cancelled", "The job was cancelled; start it again when ready."},
    {"out_of_memory", "The data does not fit in this tab's memory; load fewer rows (filter by date) or use the command-line tool."},
    {"usage", "See --help for the accepted arguments."},
};
static_assert(sizeof(kCodes) / sizeof(kCodes[0]) == static_cast<size_t>(ErrorCode::kCount),
              "kCodes must list every ErrorCode");

}  // namespace

std::string Location::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

std::string Error::to_string() const {
  std::string out;
  std::string at = where.to_string();
  if (!at.empty()) out = at + ": ";
  out += message;
  if (!hint.empty()) out += " (" + hint + ")";
  return out;
}

const char* error_code_name(ErrorCode code) {
  auto i = static_cast<size_t>(code);
  return i < static_cast<size_t>(ErrorCode::kCount) ? kCodes[i].name : "unknown";
}

const char* error_code_hint(ErrorCode code) {
  auto i = static_cast<size_t>(code);
  return i < static_cast<size_t>(ErrorCode::kCount) ? kCodes[i].hint : "";
}

Error make_error(ErrorCode code, std::string message, Location where) {
  Error e;
  e.code = code;
  e.message = std::move(message);
  e.where = std::move(where);
  e.hint = error_code_hint(code);
  return e;
}

}  // namespace starcart
