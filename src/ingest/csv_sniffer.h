// Guesses a CSV file's delimiter and whether its first row is a header, from
// a sample of its first lines. Candidates are data, not branches: each
// delimiter is tried and scored by how consistently it splits the rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/csv_tokenizer.h"

namespace starcart {

struct DialectGuess {
  CsvDialect dialect;
  bool has_header = true;
  int fields = 0;                 // modal number of fields per row
  std::string evidence;           // "';' splits 50 of 50 sample rows into 8 fields"
  std::vector<std::vector<std::string>> sample;  // first rows, header included
};

// `text` is UTF-8 (or single-byte) text without a BOM.
DialectGuess sniff_csv(std::string_view text, size_t max_rows = 50);

// Candidate delimiters in order of preference on ties.
inline constexpr char kDelimiterCandidates[] = {',', ';', '\t', '|'};

const char* delimiter_name(char d);  // "comma", "semicolon", "tab", "pipe"

}  // namespace starcart
