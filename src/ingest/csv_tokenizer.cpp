#include "ingest/csv_tokenizer.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace starcart {

namespace {

// Physical line breaks in [p, p+len): LF, CRLF (one break) and lone CR.
int64_t count_line_breaks(const char* p, size_t len) {
  int64_t count = 0;
  for (size_t i = 0; i < len; ++i) {
    if (p[i] == '\n') ++count;
    else if (p[i] == '\r' && (i + 1 >= len || p[i + 1] != '\n')) ++count;
  }
  return count;
}

// SWAR: a word with a high bit set in each byte that is zero (exact for the
// lowest such byte, which is all the scan below uses).
inline uint64_t zero_bytes(uint64_t v) {
  return (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
}

// First line break at or after `from`; n when none.
size_t find_line_break(const char* d, size_t from, size_t n) {
  for (size_t i = from; i < n; ++i)
    if (d[i] == '\n' || d[i] == '\r') return i;
  return n;
}

}  // namespace

CsvTokenizer::CsvTokenizer(CsvDialect dialect, size_t max_field_bytes)
    : dialect_(dialect), max_field_(max_field_bytes) {
  std::memset(special_, 0, sizeof special_);
  special_[static_cast<unsigned char>(dialect_.delimiter)] = true;
  special_[static_cast<unsigned char>('\n')] = true;
  special_[static_cast<unsigned char>('\r')] = true;
  special_[0] = true;
  delim_word_ = 0x0101010101010101ULL * static_cast<unsigned char>(dialect_.delimiter);
  quote_word_ = 0x0101010101010101ULL * static_cast<unsigned char>(dialect_.quote);
}

bool CsvTokenizer::parse_plain(std::string_view data, size_t pos, bool final, CsvRow& row, size_t& end,
                               int64_t& lines) {
  const char* d = data.data();
  const size_t n = data.size();
  const char delim = dialect_.delimiter;
  if (pos >= n || d[pos] == '\n' || d[pos] == '\r') return false;  // blank lines: parse()
  row.error = ErrorCode::kOk;
  row.error_field = 0;
  size_t count = 0;  // fields written into row.fields (kept sized, never shrunk here)
  size_t start = pos;
  auto put = [&](size_t len) {
    if (count == row.fields.size()) row.fields.emplace_back();
    row.fields[count++] = std::string_view(d + start, len);
  };
  // Handles one special byte at j; returns 1 to go on, 0 at the record's
  // end, -1 to hand the record back.
  auto at = [&](size_t j) -> int {
    const char c = d[j];
    if (c == delim) {
      if (j - start > max_field_) return -1;
      put(j - start);
      start = j + 1;
      return 1;
    }
    if (c == '\n' || c == '\r') {
      if (c == '\r' && j + 1 == n && !final) return -1;  // a CRLF may be cut
      if (j - start > max_field_) return -1;
      put(j - start);
      end = (c == '\r' && j + 1 < n && d[j + 1] == '\n') ? j + 2 : j + 1;
      lines = 1;
      row.raw = data.substr(pos, j - pos);
      return 0;
    }
    if (c == dialect_.quote || c == 0) return -1;
    return 1;  // a SWAR false positive: an ordinary byte
  };
  auto done = [&](int r) {
    if (r == 0) row.fields.resize(count);
    return r == 0;
  };
  size_t i = pos;
#if defined(__SSE2__)
  // 16 bytes at a time: an exact mask of the delimiter, CR, LF, quote and NUL.
  const __m128i vd = _mm_set1_epi8(delim), vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r'),
                vq = _mm_set1_epi8(dialect_.quote), vz = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, vd), _mm_cmpeq_epi8(b, vn)),
                                   _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, vr), _mm_cmpeq_epi8(b, vq)),
                                                _mm_cmpeq_epi8(b, vz)));
    unsigned hit = static_cast<unsigned>(_mm_movemask_epi8(m));
    while (hit != 0) {
      const int r = at(i + static_cast<size_t>(__builtin_ctz(hit)));
      if (r <= 0) return done(r);
      hit &= hit - 1;
    }
  }
#else
  // Eight bytes at a time (SWAR; wasm has no SIMD in this build).
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, d + i, 8);
    uint64_t hit = zero_bytes(w ^ delim_word_) | zero_bytes(w ^ 0x0A0A0A0A0A0A0A0AULL) |
                   zero_bytes(w ^ 0x0D0D0D0D0D0D0D0DULL) | zero_bytes(w ^ quote_word_) | zero_bytes(w);
    while (hit != 0) {
      const int r = at(i + (static_cast<size_t>(__builtin_ctzll(hit)) >> 3));
      if (r <= 0) return done(r);
      hit &= hit - 1;
    }
  }
#endif
  for (; i < n; ++i) {
    const char c = d[i];
    if (c != delim && c != '\n' && c != '\r' && c != dialect_.quote && c != 0) continue;
    const int r = at(i);
    if (r <= 0) return done(r);
  }
  // The input ends inside the record: the last record of a final buffer.
  if (!final || n - start > max_field_) return false;
  put(n - start);
  row.fields.resize(count);
  row.raw = data.substr(pos, n - pos);
  end = n;
  lines = 0;
  return true;
}

CsvTokenizer::Parse CsvTokenizer::parse(std::string_view data, size_t pos, bool final, CsvRow& row,
                                        size_t& end, int64_t& lines) {
  const char* d = data.data();
  const size_t n = data.size();
  const char delim = dialect_.delimiter, quote = dialect_.quote;
  pieces_.clear();
  scratch_.clear();
  row.error = ErrorCode::kOk;
  row.error_field = 0;
  lines = 0;
  size_t i = pos;
  if (i >= n) return Parse::kNeedMore;

  // A blank line holds no record: skip it (it still counts as a line).
  if (d[i] == '\n' || d[i] == '\r') {
    size_t j = i + 1;
    if (d[i] == '\r') {
      if (j == n && !final) return Parse::kNeedMore;
      if (j < n && d[j] == '\n') ++j;
    }
    end = j;
    lines = 1;
    return Parse::kBlank;
  }

  row.fields.clear();

  auto fail = [&](ErrorCode code, int field) {
    if (row.error == ErrorCode::kOk) {
      row.error = code;
      row.error_field = field;
    }
  };
  // A broken quote swallows the rest of the file. Resynchronise: the faulty
  // record ends at the first line break after the field's opening quote, and
  // parsing resumes after it, so one stray quote costs one row. A record with
  // no line break within 4 x max_field bytes is cut there: memory stays
  // bounded, and a whole buffer and a stream cut it at the same byte.
  auto resync_after_quote = [&](ErrorCode code, size_t field_start, int field) -> Parse {
    fail(code, field);
    const size_t cap = pos + 4 * max_field_;
    const size_t stop = std::min(n, cap);
    size_t brk = find_line_break(d, field_start + 1, stop);
    if (brk == stop && stop == n && n < cap && !final) return Parse::kNeedMore;
    // A CR at the window's end may be the first half of a CRLF.
    if (brk + 1 == n && d[brk] == '\r' && !final) return Parse::kNeedMore;
    row.raw = data.substr(pos, brk - pos);
    end = brk;
    if (brk < n && (d[brk] == '\n' || d[brk] == '\r')) {
      end = brk + 1;
      if (d[brk] == '\r' && end < n && d[end] == '\n') ++end;
    }
    lines = end > brk ? 1 : 0;
    pieces_.clear();
    row.fields.clear();  // the faulty record is one field: its raw text (set by next())
    return Parse::kRecord;
  };

  for (;;) {  // one field per iteration
    const size_t field_start = i;
    const int field_no = static_cast<int>(pieces_.size()) + 1;
    if (i < n && d[i] == quote) {
      ++i;
      size_t seg = i;
      bool escaped = false;
      size_t scratch_start = 0;
      for (;;) {
        const void* hit = std::memchr(d + i, quote, n - i);
        if (hit == nullptr) {
          if (!final && n - field_start <= max_field_) return Parse::kNeedMore;
          return resync_after_quote(n - field_start > max_field_ ? ErrorCode::kFieldTooLong
                                                                 : ErrorCode::kCsvQuote,
                                    field_start, field_no);
        }
        const size_t q = static_cast<size_t>(static_cast<const char*>(hit) - d);
        if (q - field_start > max_field_)
          return resync_after_quote(ErrorCode::kFieldTooLong, field_start, field_no);
        if (std::memchr(d + i, 0, q - i) != nullptr) fail(ErrorCode::kCsvNul, field_no);
        lines += count_line_breaks(d + i, q - i);
        if (q + 1 == n && !final) return Parse::kNeedMore;  // a doubled quote may follow
        if (q + 1 < n && d[q + 1] == quote) {  // "" inside a quoted field is one quote
          if (!escaped) {
            escaped = true;
            scratch_start = scratch_.size();
          }
          scratch_.append(d + seg, q + 1 - seg);
          i = q + 2;
          seg = i;
          continue;
        }
        if (escaped) {
          scratch_.append(d + seg, q - seg);
          pieces_.push_back({true, scratch_start, scratch_.size() - scratch_start});
        } else {
          pieces_.push_back({false, seg, q - seg});
        }
        i = q + 1;
        break;
      }
      // Text between the closing quote and the delimiter ("abc"def) is kept,
      // as most spreadsheet readers do.
      if (i < n && d[i] != delim && d[i] != '\n' && d[i] != '\r') {
        size_t j = i;
        while (j < n && d[j] != delim && d[j] != '\n' && d[j] != '\r') ++j;
        if (j == n && !final) return Parse::kNeedMore;
        Piece& p = pieces_.back();
        if (!p.in_scratch) {
          size_t at = scratch_.size();
          scratch_.append(d + p.offset, p.length);
          p = {true, at, p.length};
        }
        scratch_.append(d + i, j - i);
        p.length += j - i;
        i = j;
      }
    } else {
      for (;;) {
        // Eight bytes at a time to the next delimiter, CR, LF or NUL.
        while (i + 8 <= n) {
          uint64_t w;
          std::memcpy(&w, d + i, 8);
          const uint64_t hit = zero_bytes(w ^ delim_word_) | zero_bytes(w ^ 0x0A0A0A0A0A0A0A0AULL) |
                               zero_bytes(w ^ 0x0D0D0D0D0D0D0D0DULL) | zero_bytes(w);
          if (hit != 0) {
            i += static_cast<size_t>(__builtin_ctzll(hit)) >> 3;
            break;
          }
          i += 8;
        }
        while (i < n && !special_[static_cast<unsigned char>(d[i])]) ++i;
        if (i < n && d[i] == 0) {
          fail(ErrorCode::kCsvNul, field_no);
          ++i;
          continue;
        }
        break;
      }
      if (i == n && !final) return Parse::kNeedMore;
      if (i - field_start > max_field_) fail(ErrorCode::kFieldTooLong, field_no);
      pieces_.push_back({false, field_start, i - field_start});
    }

    if (i >= n) {  // end of input ends the record
      row.raw = data.substr(pos, n - pos);
      end = n;
      break;
    }
    const char c = d[i];
    if (c == delim) {
      ++i;
      if (i == n) {
        if (!final) return Parse::kNeedMore;
        pieces_.push_back({false, i, 0});  // "a,b," ends with an empty field
        row.raw = data.substr(pos, n - pos);
        end = n;
        break;
      }
      continue;
    }
    // Line break: LF, CRLF or lone CR.
    const size_t record_end = i;
    if (c == '\n') {
      end = i + 1;
    } else {
      if (i + 1 == n && !final) return Parse::kNeedMore;
      end = (i + 1 < n && d[i + 1] == '\n') ? i + 2 : i + 1;
    }
    lines += 1;
    row.raw = data.substr(pos, record_end - pos);
    break;
  }

  row.fields.clear();
  for (const Piece& p : pieces_)
    row.fields.emplace_back(p.in_scratch ? scratch_.data() + p.offset : d + p.offset, p.length);
  return Parse::kRecord;
}

CsvTokenizer::Parse CsvTokenizer::parse_blank_separated(std::string_view data, size_t pos, bool final, CsvRow& row,
                                                         size_t& end) {
  const char* d = data.data();
  const size_t n = data.size();
  if (pos >= n) return Parse::kNeedMore;
  const size_t brk = find_line_break(d, pos, n);
  if (brk == n && !final) return Parse::kNeedMore;
  if (brk < n && d[brk] == '\r' && brk + 1 == n && !final) return Parse::kNeedMore;  // CRLF may follow
  end = brk == n ? n : (d[brk] == '\r' && brk + 1 < n && d[brk + 1] == '\n') ? brk + 2 : brk + 1;
  row.error = ErrorCode::kOk;
  row.error_field = 0;
  row.fields.clear();
  row.raw = data.substr(pos, brk - pos);
  for (size_t i = pos; i < brk;) {
    while (i < brk && (d[i] == ' ' || d[i] == '\t')) ++i;
    const size_t start = i;
    while (i < brk && d[i] != ' ' && d[i] != '\t') ++i;
    if (i > start) row.fields.emplace_back(d + start, i - start);
  }
  return row.fields.empty() ? Parse::kBlank : Parse::kRecord;
}

bool CsvTokenizer::next(std::string_view data, size_t& pos, bool final, CsvRow& row,
                        int64_t base_offset) {
  for (;;) {
    size_t end = pos;
    int64_t lines = 0;
    if (dialect_.whitespace) {
      const Parse w = parse_blank_separated(data, pos, final, row, end);
      if (w == Parse::kNeedMore) return false;
      pos = end;
      if (w == Parse::kBlank) {
        ++line_;
        continue;
      }
      row.line = line_++;
      row.offset = base_offset + static_cast<int64_t>(row.raw.data() - data.data());
      return true;
    }
    // Most records hold no quotes: one pass. After a run of records that do,
    // stop trying for a while (a file quoting every field).
    Parse r = Parse::kNeedMore;
    bool plain = false;
    if (plain_pause_ > 0) {
      --plain_pause_;
    } else if (parse_plain(data, pos, final, row, end, lines)) {
      plain_misses_ = 0;
      plain = true;
      r = Parse::kRecord;
    } else if (++plain_misses_ >= 16) {
      plain_misses_ = 0;
      plain_pause_ = 1024;
    }
    if (!plain) r = parse(data, pos, final, row, end, lines);
    if (r == Parse::kNeedMore) return false;
    if (r == Parse::kBlank) {
      pos = end;
      line_ += lines;
      continue;
    }
    row.line = line_;
    row.offset = base_offset + static_cast<int64_t>(pos);
    if (row.error != ErrorCode::kOk && row.fields.empty()) row.fields.emplace_back(row.raw);
    line_ += lines;
    pos = end;
    return true;
  }
}

}  // namespace starcart
