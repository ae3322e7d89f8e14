// Property: a random table written as CSV, with random quoting, delimiter,
// line ends and encoding, reads back identically through inspection
// (encoding, delimiter and header detection) and loading. Seeded and
// deterministic: one RNG draw per statement (gcc and clang agree).
#include <doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/csv_load_job.h"
#include "ingest/file_profile.h"

using namespace starcart;

namespace {

class Rng {  // splitmix64: small, portable
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(next() % n); }

 private:
  uint64_t s_;
};

enum class Enc { kUtf8, kUtf8Bom, kUtf16Le, kUtf16Be, kCp1252 };

// Pieces values are made of: letters, digits, the four delimiters, quotes,
// spaces, line breaks, and letters every encoding here can write.
const std::vector<std::string>& pieces() {
  static const std::vector<std::string> kPieces = {
      "a", "b", "Z", "x", "0", "7", ",", ";", "\t", "|", "\"", " ", "\n", "\r\n", "\r",
      "\xC3\xA9", "\xC2\xA3", "\xE2\x82\xAC", "\xC3\xBC", "-", ".", "#"};
  return kPieces;
}

std::string trim_ends(std::string v) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!v.empty() && blank(v.back())) v.pop_back();
  size_t b = 0;
  while (b < v.size() && blank(v[b])) ++b;
  return v.substr(b);
}

std::string to_utf16(const std::string& utf8, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp;
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += len;
    const char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  }
  return out;
}

std::string to_cp1252(const std::string& utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c == 0xC3 || c == 0xC2) {  // é ü (C3 xx -> xx + 0x40), £ (C2 A3 -> A3)
      out += static_cast<char>(c == 0xC3 ? static_cast<unsigned char>(utf8[i + 1]) + 0x40 : utf8[i + 1]);
      ++i;
    } else {  // € (E2 82 AC) -> 0x80
      out += '\x80';
      i += 2;
    }
  }
  return out;
}

struct Case {
  char delimiter;
  std::string eol;
  Enc enc;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::string bytes;
};

Case make_case(uint64_t seed) {
  Rng rng(seed);
  Case c;
  const char delims[] = {',', ';', '\t', '|'};
  c.delimiter = delims[rng.below(4)];
  const char* eols[] = {"\n", "\r\n", "\r"};
  c.eol = eols[rng.below(3)];
  c.enc = static_cast<Enc>(rng.below(5));
  const uint32_t cols = 3 + rng.below(4);
  const uint32_t rows = 6 + rng.below(20);
  for (uint32_t k = 0; k < cols; ++k) c.header.push_back(k == 0 ? "key" : "field_" + std::string(1, char('a' + k)));
  if (c.enc == Enc::kCp1252) c.header[1] += "_\xC3\xA9t\xC3\xA9";  // a non-ASCII byte the detector will see
  for (uint32_t r = 0; r < rows; ++r) {
    std::vector<std::string> row;
    row.push_back("k" + std::to_string(r));  // unique: no exact duplicate rows
    for (uint32_t k = 1; k < cols; ++k) {
      std::string v;
      const uint32_t n = rng.below(7);
      for (uint32_t j = 0; j < n; ++j) {
        const std::string& p = pieces()[rng.below(static_cast<uint32_t>(pieces().size()))];
        v += p;
      }
      row.push_back(trim_ends(v));  // text columns are read trimmed
    }
    c.rows.push_back(std::move(row));
  }
  std::string text;
  auto write_row = [&](const std::vector<std::string>& row) {
    for (size_t k = 0; k < row.size(); ++k) {
      if (k) text += c.delimiter;
      const std::string& v = row[k];
      const bool needs = v.find_first_of(std::string("\"\r\n") + c.delimiter) != std::string::npos;
      const bool extra = rng.below(4) == 0;  // quote some fields that do not need it
      if (needs || extra) {
        text += '"';
        for (char ch : v) text += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        text += '"';
      } else {
        text += v;
      }
    }
    text += c.eol;
  };
  write_row(c.header);
  for (const auto& row : c.rows) write_row(row);
  switch (c.enc) {
    case Enc::kUtf8: c.bytes = text; break;
    case Enc::kUtf8Bom: c.bytes = "\xEF\xBB\xBF" + text; break;
    case Enc::kUtf16Le: c.bytes = to_utf16(text, false); break;
    case Enc::kUtf16Be: c.bytes = to_utf16(text, true); break;
    case Enc::kCp1252: c.bytes = to_cp1252(text); break;
  }
  return c;
}

}  // namespace

TEST_CASE("random tables written as CSV read back identically (200 seeded cases)") {
  for (uint64_t seed = 1; seed <= 200; ++seed) {
    CAPTURE(seed);
    Case c = make_case(seed);
    auto p = inspect_file("random.csv", c.bytes);
    REQUIRE(p.ok());
    REQUIRE(p->format == FileFormat::kCsv);
    CHECK(p->dialect.delimiter == c.delimiter);
    CHECK(p->has_header);
    REQUIRE(p->columns.size() == c.header.size());
    for (size_t k = 0; k < c.header.size(); ++k) CHECK(p->columns[k].name == c.header[k]);
    for (ColumnProfile& col : p->columns) col.guess = RoleGuess{};  // the reader, not the roles, is under test
    CsvLoadJob job(*p, c.bytes);
    while (job.step(1000.0) == StepState::kRunning) {
    }
    REQUIRE(job.error().code == ErrorCode::kOk);
    Table t = job.take_table();
    CHECK(t.counts.rows_read == static_cast<int64_t>(c.rows.size()));
    CHECK(t.counts.rows_rejected == 0);
    REQUIRE(t.rows() == static_cast<int64_t>(c.rows.size()));
    for (size_t r = 0; r < c.rows.size(); ++r)
      for (size_t k = 0; k < c.header.size(); ++k) {
        const Column& col = t.columns[k];
        CHECK(col.dict.at(col.ids[r]) == c.rows[r][k]);
      }
  }
}

TEST_CASE("feeding a file in small chunks (the CLI's sliding window) loads what the whole buffer loads") {
  for (uint64_t seed = 300; seed <= 330; ++seed) {
    CAPTURE(seed);
    Case c = make_case(seed);
    if (c.enc == Enc::kUtf16Le || c.enc == Enc::kUtf16Be) continue;  // UTF-16 is transcoded whole
    auto p = inspect_file("random.csv", c.bytes);
    REQUIRE(p.ok());
    for (ColumnProfile& col : p->columns) col.guess = RoleGuess{};
    CsvLoadJob whole(*p, c.bytes);
    while (whole.step(1000.0) == StepState::kRunning) {
    }
    Table a = whole.take_table();
    CsvLoadJob streamed(*p, std::string_view());
    Rng rng(seed);
    std::string window;
    size_t fed = 0;
    for (;;) {
      const bool final = fed == c.bytes.size();
      const size_t used = streamed.feed(window, final);
      window.erase(0, used);
      if (final) break;
      const size_t n = std::min<size_t>(1 + rng.below(17), c.bytes.size() - fed);
      window.append(c.bytes, fed, n);
      fed += n;
    }
    Table b = streamed.finish_stream();
    CHECK(b.counts.rows_read == a.counts.rows_read);
    REQUIRE(b.rows() == a.rows());
    CHECK(b.source_line == a.source_line);
    for (size_t k = 0; k < a.columns.size(); ++k)
      for (size_t r = 0; r < static_cast<size_t>(a.rows()); ++r)
        CHECK(b.columns[k].dict.at(b.columns[k].ids[r]) == a.columns[k].dict.at(a.columns[k].ids[r]));
  }
}
