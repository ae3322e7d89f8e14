#include "ingest/json_scan.h"

#include <cstring>

namespace starcart {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skip_ws(std::string_view t, size_t i) {
  while (i < t.size() && is_ws(t[i])) ++i;
  return i;
}

// One past the closing quote of the string starting at t[i] == '"'.
size_t skip_string(std::string_view t, size_t i) {
  ++i;
  while (i < t.size()) {
    const void* hit = std::memchr(t.data() + i, '"', t.size() - i);
    if (hit == nullptr) return t.size();
    size_t q = static_cast<size_t>(static_cast<const char*>(hit) - t.data());
    size_t backslashes = 0;
    while (q - backslashes > i && t[q - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return q + 1;
    i = q + 1;
  }
  return t.size();
}

// Recursive-descent validator for the error path only.
class Validator {
 public:
  explicit Validator(std::string_view t) : t_(t) {}
  JsonSyntaxError run() {
    size_t i = skip_ws(t_, 0);
    if (i == t_.size()) return fail(i, "the text holds no JSON value");
    i = value(i, 0);
    if (err_.offset >= 0) return err_;
    i = skip_ws(t_, i);
    if (i != t_.size()) return fail(i, "unexpected text after the JSON value");
    return err_;
  }

 private:
  JsonSyntaxError fail(size_t at, const char* why) {
    if (err_.offset < 0) {
      err_.offset = static_cast<int64_t>(at);
      err_.reason = why;
    }
    return err_;
  }
  size_t value(size_t i, int depth) {
    if (err_.offset >= 0) return i;
    if (depth > 1000) { fail(i, "nesting deeper than 1000 levels"); return i; }
    i = skip_ws(t_, i);
    if (i >= t_.size()) { fail(i, "the text ends where a value should be"); return i; }
    const char c = t_[i];
    if (c == '{') return object(i + 1, depth + 1);
    if (c == '[') return array(i + 1, depth + 1);
    if (c == '"') return string(i);
    if (c == '-' || (c >= '0' && c <= '9')) return number(i);
    for (const char* lit : {"true", "false", "null"}) {
      const size_t n = std::strlen(lit);
      if (t_.substr(i, n) == lit) return i + n;
    }
    fail(i, "a value must be an object, array, string, number, true, false or null");
    return i;
  }
  size_t string(size_t i) {
    const size_t start = i++;
    while (i < t_.size()) {
      const unsigned char c = static_cast<unsigned char>(t_[i]);
      if (c == '"') return i + 1;
      if (c < 0x20) { fail(i, "a control character inside a string (write it as an escape)"); return i; }
      if (c == '\\') {
        if (i + 1 >= t_.size()) break;
        const char e = t_[i + 1];
        if (e == 'u') {
          for (size_t k = 2; k < 6; ++k) {
            const char h = i + k < t_.size() ? t_[i + k] : 0;
            if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
              fail(i, "\\u must be followed by four hex digits");
              return i;
            }
          }
          i += 6;
          continue;
        }
        if (std::strchr("\"\\/bfnrt", e) == nullptr || e == 0) { fail(i, "an unknown escape in a string"); return i; }
        i += 2;
        continue;
      }
      ++i;
    }
    fail(start, "a string is never closed");
    return t_.size();
  }
  size_t number(size_t i) {
    const size_t start = i;
    if (t_[i] == '-') ++i;
    auto digits = [&] {
      size_t k = 0;
      while (i < t_.size() && t_[i] >= '0' && t_[i] <= '9') ++i, ++k;
      return k;
    };
    if (i < t_.size() && t_[i] == '0') ++i;
    else if (digits() == 0) { fail(start, "a malformed number"); return i; }
    if (i < t_.size() && t_[i] == '.') {
      ++i;
      if (digits() == 0) { fail(start, "a malformed number"); return i; }
    }
    if (i < t_.size() && (t_[i] == 'e' || t_[i] == 'E')) {
      ++i;
      if (i < t_.size() && (t_[i] == '+' || t_[i] == '-')) ++i;
      if (digits() == 0) { fail(start, "a malformed number"); return i; }
    }
    return i;
  }
  size_t object(size_t i, int depth) {
    i = skip_ws(t_, i);
    if (i < t_.size() && t_[i] == '}') return i + 1;
    for (;;) {
      i = skip_ws(t_, i);
      if (i >= t_.size() || t_[i] != '"') { fail(i, "expected a quoted member name"); return i; }
      i = string(i);
      if (err_.offset >= 0) return i;
      i = skip_ws(t_, i);
      if (i >= t_.size() || t_[i] != ':') { fail(i, "expected ':' after a member name"); return i; }
      i = value(i + 1, depth);
      if (err_.offset >= 0) return i;
      i = skip_ws(t_, i);
      if (i < t_.size() && t_[i] == ',') { ++i; continue; }
      if (i < t_.size() && t_[i] == '}') return i + 1;
      fail(i, "expected ',' or '}' after an object member");
      return i;
    }
  }
  size_t array(size_t i, int depth) {
    i = skip_ws(t_, i);
    if (i < t_.size() && t_[i] == ']') return i + 1;
    for (;;) {
      i = value(i, depth);
      if (err_.offset >= 0) return i;
      i = skip_ws(t_, i);
      if (i < t_.size() && t_[i] == ',') { ++i; continue; }
      if (i < t_.size() && t_[i] == ']') return i + 1;
      fail(i, "expected ',' or ']' after an array element");
      return i;
    }
  }

  std::string_view t_;
  JsonSyntaxError err_;
};

}  // namespace

TextPosition position_of(std::string_view text, int64_t offset) {
  TextPosition p;
  const size_t end = std::min(text.size(), static_cast<size_t>(offset < 0 ? 0 : offset));
  size_t line_start = 0;
  for (size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.column = static_cast<int64_t>(end - line_start) + 1;
  return p;
}

size_t json_value_end(std::string_view t, size_t i) {
  i = skip_ws(t, i);
  if (i >= t.size()) return t.size();
  if (t[i] == '"') return skip_string(t, i);
  if (t[i] != '{' && t[i] != '[') {
    while (i < t.size() && !is_ws(t[i]) && t[i] != ',' && t[i] != ']' && t[i] != '}') ++i;
    return i;
  }
  int depth = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '"') {
      i = skip_string(t, i);
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
    ++i;
  }
  return t.size();
}

std::vector<int64_t> json_record_offsets(std::string_view t, std::string_view records_key) {
  std::vector<int64_t> out;
  size_t i = skip_ws(t, 0);
  if (i < t.size() && static_cast<unsigned char>(t[i]) == 0xEF) i = skip_ws(t, i + 3);  // UTF-8 BOM
  if (i >= t.size()) return out;
  if (!records_key.empty()) {
    if (t[i] != '{') return out;
    ++i;
    // Walk the top-level members to the one named records_key.
    for (;;) {
      i = skip_ws(t, i);
      if (i >= t.size() || t[i] != '"') return out;
      const size_t k = skip_string(t, i);
      const std::string_view key = t.substr(i + 1, k - i - 2);
      i = skip_ws(t, k);
      if (i >= t.size() || t[i] != ':') return out;
      i = skip_ws(t, i + 1);
      if (key == records_key && i < t.size() && t[i] == '[') break;
      i = skip_ws(t, json_value_end(t, i));
      if (i >= t.size() || t[i] != ',') return out;
      ++i;
    }
  } else if (t[i] != '[') {
    out.push_back(static_cast<int64_t>(i));  // a single top-level object is one record
    return out;
  }
  ++i;  // past '['
  for (;;) {
    i = skip_ws(t, i);
    if (i >= t.size() || t[i] == ']') return out;
    out.push_back(static_cast<int64_t>(i));
    i = skip_ws(t, json_value_end(t, i));
    if (i >= t.size() || t[i] != ',') return out;
    ++i;
  }
}

JsonSyntaxError find_json_syntax_error(std::string_view text) { return Validator(text).run(); }

bool looks_like_json(std::string_view b) {
  size_t i = 0;
  if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xEF && static_cast<unsigned char>(b[1]) == 0xBB &&
      static_cast<unsigned char>(b[2]) == 0xBF)
    i = 3;
  // UTF-16 with BOM: look at the first non-blank code unit.
  if (b.size() >= 2 && ((static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xFE) ||
                        (static_cast<unsigned char>(b[0]) == 0xFE && static_cast<unsigned char>(b[1]) == 0xFF))) {
    for (size_t k = 2; k < b.size() && k < 4096; ++k) {
      const char c = b[k];
      if (c == 0 || is_ws(c)) continue;
      return c == '[' || c == '{';
    }
    return false;
  }
  i = skip_ws(b, i);
  return i < b.size() && (b[i] == '[' || b[i] == '{');
}

bool looks_like_ndjson(std::string_view t) {
  size_t i = skip_ws(t, 0);
  if (i >= t.size() || t[i] != '{') return false;
  const size_t end = json_value_end(t, i);
  if (end >= t.size()) return false;
  // Another value after the first one, on a later line.
  size_t j = end;
  bool newline = false;
  while (j < t.size() && is_ws(t[j])) newline = newline || t[j] == '\n', ++j;
  return newline && j < t.size() && t[j] == '{';
}

}  // namespace starcart
