#include <doctest.h>

#include <string>
#include <vector>

#include "ingest/csv_tokenizer.h"

using namespace starcart;

namespace {

struct Parsed {
  std::vector<std::vector<std::string>> rows;
  std::vector<int64_t> lines;
  std::vector<ErrorCode> errors;
};

Parsed parse_all(std::string_view text, char delim = ',', size_t max_field = size_t{1} << 20) {
  Parsed p;
  CsvTokenizer tok(CsvDialect{delim, '"'}, max_field);
  CsvRow row;
  size_t pos = 0;
  while (tok.next(text, pos, true, row)) {
    p.rows.emplace_back(row.fields.begin(), row.fields.end());
    p.lines.push_back(row.line);
    p.errors.push_back(row.error);
  }
  return p;
}

// Feeds the text one byte at a time, as a stream would in the worst case.
Parsed parse_streaming(std::string_view text) {
  Parsed p;
  CsvTokenizer tok;
  CsvRow row;
  std::string window;
  size_t pos = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool final = i == text.size();
    if (!final) window += text[i];
    while (tok.next(window, pos, final, row)) {
      p.rows.emplace_back(row.fields.begin(), row.fields.end());
      p.lines.push_back(row.line);
    }
  }
  return p;
}

}  // namespace

TEST_CASE("quoted fields with delimiters, doubled quotes and line breaks") {
  Parsed p = parse_all("a,\"b,c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x,y\n");
  REQUIRE(p.rows.size() == 2);
  CHECK(p.rows[0] == std::vector<std::string>{"a", "b,c", "say \"hi\""});
  CHECK(p.rows[1] == std::vector<std::string>{"multi\nline", "x", "y"});
  CHECK(p.lines == std::vector<int64_t>{1, 2});
}

TEST_CASE("LF, CRLF and lone CR line ends") {
  CHECK(parse_all("a,b\nc,d\n").rows.size() == 2);
  Parsed crlf = parse_all("a,b\r\nc,d\r\n");
  REQUIRE(crlf.rows.size() == 2);
  CHECK(crlf.rows[1] == std::vector<std::string>{"c", "d"});
  Parsed cr = parse_all("a,b\rc,d\re,f");
  REQUIRE(cr.rows.size() == 3);
  CHECK(cr.lines == std::vector<int64_t>{1, 2, 3});
}

TEST_CASE("blank lines are skipped but counted as lines") {
  Parsed p = parse_all("a\n\n\nb\n");
  REQUIRE(p.rows.size() == 2);
  CHECK(p.lines[1] == 4);
}

TEST_CASE("a trailing delimiter gives an empty last field; no final newline is fine") {
  Parsed p = parse_all("a,b,");
  REQUIRE(p.rows.size() == 1);
  CHECK(p.rows[0] == std::vector<std::string>{"a", "b", ""});
}

TEST_CASE("an unterminated quote costs one row: parsing resumes on the next line") {
  Parsed p = parse_all("h1,h2\n1,\"broken\n2,ok\n");
  REQUIRE(p.rows.size() == 3);
  CHECK(p.errors[1] == ErrorCode::kCsvQuote);
  CHECK(p.rows[2] == std::vector<std::string>{"2", "ok"});
  CHECK(p.lines[2] == 3);
}

TEST_CASE("NUL bytes and over-long fields are row errors") {
  std::string nul = std::string("a,b\nc,d") + '\0' + "e\nf,g\n";
  Parsed p = parse_all(nul);
  REQUIRE(p.rows.size() == 3);
  CHECK(p.errors[1] == ErrorCode::kCsvNul);
  CHECK(p.errors[2] == ErrorCode::kOk);
  Parsed longf = parse_all("x,\"" + std::string(100, 'y') + "\"\nz,w\n", ',', 50);
  REQUIRE(longf.rows.size() == 2);
  CHECK(longf.errors[0] == ErrorCode::kFieldTooLong);
  CHECK(longf.rows[1] == std::vector<std::string>{"z", "w"});
}

TEST_CASE("other delimiters") {
  Parsed p = parse_all("a;b;\"c;d\"\n", ';');
  REQUIRE(p.rows.size() == 1);
  CHECK(p.rows[0] == std::vector<std::string>{"a", "b", "c;d"});
  CHECK(parse_all("a\tb\n", '\t').rows[0].size() == 2);
}

TEST_CASE("streaming byte by byte gives the same rows as one buffer") {
  const char* text = "id,name\r\n1,\"a \"\"q\"\" and\r\nnewline\"\r\n2,plain\r\n\r\n3,\"x,y\"";
  Parsed whole = parse_all(text);
  Parsed streamed = parse_streaming(text);
  CHECK(whole.rows == streamed.rows);
  CHECK(whole.lines == streamed.lines);
}
