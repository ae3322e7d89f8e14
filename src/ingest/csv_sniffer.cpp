#include "ingest/csv_sniffer.h"

#include <map>

#include "ingest/type_inference.h"

namespace starcart {

namespace {

struct Trial {
  char delimiter;
  int modal_fields = 0;
  int consistent = 0;  // rows with the modal field count
  int rows = 0;
  std::vector<std::vector<std::string>> sample;
};

Trial try_delimiter(std::string_view text, char delimiter, size_t max_rows, bool cut, bool whitespace = false) {
  Trial t;
  t.delimiter = delimiter;
  CsvTokenizer tok(CsvDialect{delimiter, '"', whitespace});
  CsvRow row;
  size_t pos = 0;
  // A cut sample may end mid-record: parse as final, then drop a last row
  // that ran into the cut.
  std::map<int, int> counts;
  while (t.sample.size() < max_rows && tok.next(text, pos, true, row)) {
    if (pos >= text.size() && cut && t.sample.size() > 1) break;
    std::vector<std::string> fields(row.fields.begin(), row.fields.end());
    ++counts[static_cast<int>(fields.size())];
    t.sample.push_back(std::move(fields));
  }
  t.rows = static_cast<int>(t.sample.size());
  for (auto& [n, c] : counts) {
    if (c > t.consistent || (c == t.consistent && n > t.modal_fields)) {
      t.consistent = c;
      t.modal_fields = n;
    }
  }
  return t;
}

}  // namespace

const char* delimiter_name(char d) {
  switch (d) {
    case ',': return "comma";
    case ';': return "semicolon";
    case '\t': return "tab";
    case '|': return "pipe";
    case ' ': return "spaces";
  }
  return "other";
}

DialectGuess sniff_csv(std::string_view text, size_t max_rows) {
  // Sample the first 64 kB.
  const bool cut = text.size() > 65536;
  if (cut) text = text.substr(0, 65536);
  Trial best;
  best.delimiter = ',';
  double best_score = -1;
  for (char d : kDelimiterCandidates) {
    Trial t = try_delimiter(text, d, max_rows, cut);
    if (t.rows == 0) continue;
    // One field per row says the delimiter does not occur: worst score.
    double score = t.modal_fields > 1 ? static_cast<double>(t.consistent) / t.rows * t.modal_fields : 0;
    if (score > best_score) {
      best_score = score;
      best = std::move(t);
    }
  }
  // No delimiter splits the rows: columns aligned by runs of blanks (CDNOW),
  // when every sampled row splits into the same number (≥ 2) of fields.
  bool whitespace = false;
  if (best_score <= 0) {
    Trial t = try_delimiter(text, ' ', max_rows, cut, true);
    if (t.modal_fields > 1 && t.consistent == t.rows) {
      best = std::move(t);
      whitespace = true;
    }
  }
  DialectGuess g;
  g.dialect = CsvDialect{best.delimiter, '"', whitespace};
  g.fields = best.modal_fields;
  g.sample = std::move(best.sample);
  g.evidence = (whitespace ? std::string("runs of spaces split ")
                           : std::string("'") + (best.delimiter == '\t' ? std::string("\\t") : std::string(1, best.delimiter)) +
                                 "' (" + delimiter_name(best.delimiter) + ") splits ") +
               std::to_string(best.consistent) +
               " of " + std::to_string(best.rows) + " sample rows into " +
               std::to_string(best.modal_fields) + " fields";
  // A header row holds names: no field of it reads as a number or a date,
  // while some column below it does.
  if (!g.sample.empty()) {
    bool first_has_values = false;
    for (const std::string& f : g.sample[0]) first_has_values = first_has_values || looks_like_value(f);
    bool later_values = false;
    for (size_t r = 1; r < g.sample.size() && !later_values; ++r)
      for (const std::string& f : g.sample[r]) later_values = later_values || looks_like_value(f);
    g.has_header = !first_has_values || !later_values;
  }
  return g;
}

}  // namespace starcart
