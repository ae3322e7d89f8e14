#include "ingest/value_parsers.h"

#include <cstring>

namespace starcart {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Reads 1..max_digits digits at s[i], advancing i. Returns -1 when none.
int read_number(std::string_view s, size_t& i, int max_digits) {
  int v = 0, k = 0;
  while (i < s.size() && is_digit(s[i]) && k < max_digits) {
    v = v * 10 + (s[i] - '0');
    ++i;
    ++k;
  }
  return k == 0 ? -1 : v;
}

// Optional time after a date: [T or spaces] H:MM[:SS[.fff]] [AM|PM] [Z|+HH[:]MM].
bool parse_time_tail(std::string_view s, size_t i, DateParts& out) {
  if (i == s.size()) return true;
  if (s[i] != 'T' && s[i] != ' ') return false;
  while (i < s.size() && (s[i] == 'T' || s[i] == ' ')) ++i;
  if (i == s.size()) return true;
  int h = read_number(s, i, 2);
  if (h < 0 || i >= s.size() || s[i] != ':') return false;
  ++i;
  int m = read_number(s, i, 2);
  if (m < 0 || m > 59) return false;
  int sec = 0;
  if (i < s.size() && s[i] == ':') {
    ++i;
    sec = read_number(s, i, 2);
    if (sec < 0 || sec > 60) return false;
    if (sec == 60) sec = 59;  // leap second: keep the day right
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      while (i < s.size() && is_digit(s[i])) ++i;
    }
  }
  while (i < s.size() && s[i] == ' ') ++i;
  if (i + 1 < s.size() && (s[i] == 'A' || s[i] == 'a' || s[i] == 'P' || s[i] == 'p') &&
      (s[i + 1] == 'M' || s[i + 1] == 'm')) {
    if (h < 1 || h > 12) return false;
    bool pm = s[i] == 'P' || s[i] == 'p';
    h = (h % 12) + (pm ? 12 : 0);
    i += 2;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  if (h > 23) return false;
  if (i < s.size()) {
    if (s[i] == 'Z' || s[i] == 'z') {
      ++i;
    } else if (s[i] == '+' || s[i] == '-') {
      int sign = s[i] == '-' ? -1 : 1;
      ++i;
      int oh = read_number(s, i, 2);
      if (oh < 0) return false;
      if (i < s.size() && s[i] == ':') ++i;
      int om = 0;
      if (i < s.size()) {
        om = read_number(s, i, 2);
        if (om < 0) return false;
      }
      out.utc_offset_minutes = sign * (oh * 60 + om);
    } else if (s.substr(i) == "UTC" || s.substr(i) == "GMT") {
      i = s.size();
    }
  }
  if (i != s.size()) return false;
  out.seconds = h * 3600 + m * 60 + sec;
  return true;
}

}  // namespace

std::string_view trim_spaces(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::optional<int64_t> parse_integer(std::string_view s) {
  s = trim(s);
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  if (i == s.size()) return std::nullopt;
  int64_t v = 0;
  size_t digits = 0;
  for (; i < s.size() && is_digit(s[i]); ++i, ++digits) {
    if (digits >= 18) return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  if (digits == 0) return std::nullopt;
  if (i < s.size() && s[i] == '.') {  // "6.0": a whole number written as decimal
    ++i;
    for (; i < s.size(); ++i)
      if (s[i] != '0') return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  return neg ? -v : v;
}

std::optional<Money> parse_money_text(std::string_view s, NumberStyle style) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  // Fast path: a plain number ("2.55", "-3"), as most exports write prices:
  // up to 12 characters (inside parse_money's range), at most 4 decimals,
  // no grouping; exact.
  if (s.size() <= 12 && (is_digit(s.front()) || s.front() == '-') && is_digit(s.back())) {
    size_t i = s.front() == '-' ? 1 : 0;
    int64_t v = 0;
    int decimals = -1;
    bool plain = i < s.size();
    for (; i < s.size() && plain; ++i) {
      if (is_digit(s[i])) {
        v = v * 10 + (s[i] - '0');
        if (decimals >= 0) ++decimals;
      } else if (s[i] == style.decimal && decimals < 0) {
        decimals = 0;
      } else {
        plain = false;
      }
    }
    if (plain && decimals <= kMoneyDecimals) {
      for (int k = decimals < 0 ? 0 : decimals; k < kMoneyDecimals; ++k) v *= 10;
      return s.front() == '-' ? -v : v;
    }
    if (auto m = parse_money(s, style)) return m;
  }
  bool negative = false;
  if (s.front() == '(' && s.back() == ')') {  // accounting negative
    negative = true;
    s = trim(s.substr(1, s.size() - 2));
  }
  // "-$5": a sign before the currency symbol.
  if (s.size() > 1 && s[0] == '-' && !is_digit(s[1]) && s[1] != style.decimal) {
    negative = !negative;
    s = trim(s.substr(1));
  }
  // Drop currency symbols and codes around the number ("$", "R$ ", " €", "EUR ").
  size_t b = 0, e = s.size();
  auto number_char = [&](char c) { return is_digit(c) || c == '-' || c == '+' || c == style.decimal; };
  while (b < e && !number_char(s[b])) ++b;
  while (e > b && !is_digit(s[e - 1])) --e;
  if (b == e) return std::nullopt;
  std::string_view num = s.substr(b, e - b);
  std::optional<Money> v = parse_money(num, style);
  if (!v) return std::nullopt;
  return negative ? -*v : *v;
}

std::string_view normalize_id_slow(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.front() == '\'') s.remove_prefix(1);
  // "17850.0" -> "17850": digits, a point, zeros.
  size_t dot = s.find('.');
  if (dot != std::string_view::npos && dot > 0) {
    bool digits = true;
    for (size_t k = 0; k < dot && digits; ++k) digits = is_digit(s[k]) || (k == 0 && s[k] == '-');
    bool zeros = dot + 1 < s.size();
    for (size_t k = dot + 1; k < s.size() && zeros; ++k) zeros = s[k] == '0';
    if (digits && zeros) s = s.substr(0, dot);
  }
  return s;
}

bool parse_date_parts(std::string_view s, DateParts& out) {
  s = trim(s);
  out = DateParts{};
  size_t i = 0;
  int first = read_number(s, i, 8);
  if (first < 0) return false;
  size_t first_len = i;
  if (first_len == 8 && (i == s.size() || s[i] == ' ' || s[i] == 'T')) {  // 20110304
    out.shape = DateShape::kYearFirst;
    out.year = first / 10000;
    out.a = first / 100 % 100;
    out.b = first % 100;
  } else {
    if (i >= s.size()) return false;
    char sep = s[i];
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++i;
    int second = read_number(s, i, 2);
    if (second < 0 || i >= s.size() || s[i] != sep) return false;
    ++i;
    size_t third_start = i;
    int third = read_number(s, i, 4);
    if (third < 0) return false;
    if (first_len == 4) {
      out.shape = DateShape::kYearFirst;
      out.year = first;
      out.a = second;
      out.b = third;
      if (i - third_start > 2) return false;
    } else if (first_len <= 2 && i - third_start == 4) {
      out.shape = DateShape::kYearLast;
      out.year = third;
      out.a = first;
      out.b = second;
    } else {
      return false;  // two-digit years are too ambiguous to guess
    }
  }
  if (out.year < 1000 || out.a < 1 || out.b < 1 || out.a > 31 || out.b > 31) return false;
  if (out.shape == DateShape::kYearFirst && !is_valid_civil(out.year, out.a, out.b)) return false;
  return parse_time_tail(s, i, out);
}

int64_t pack_date_parts(const DateParts& p) {
  uint64_t v = static_cast<uint64_t>(p.seconds + 1);            // 17 bits
  v |= static_cast<uint64_t>(p.b) << 17;                        // 5 bits
  v |= static_cast<uint64_t>(p.a) << 22;                        // 5 bits
  v |= static_cast<uint64_t>(p.year) << 27;                     // 14 bits
  v |= static_cast<uint64_t>(p.shape) << 41;                    // 2 bits
  return static_cast<int64_t>(v);
}

DateParts unpack_date_parts(int64_t packed) {
  uint64_t v = static_cast<uint64_t>(packed);
  DateParts p;
  p.seconds = static_cast<int>(v & 0x1FFFF) - 1;
  p.b = static_cast<int>((v >> 17) & 0x1F);
  p.a = static_cast<int>((v >> 22) & 0x1F);
  p.year = static_cast<int>((v >> 27) & 0x3FFF);
  p.shape = static_cast<DateShape>((v >> 41) & 0x3);
  return p;
}

const char* date_order_name(DateOrder order) {
  return order == DateOrder::kDayFirst ? "D/M/Y" : "M/D/Y";
}

std::optional<Day> resolve_date(const DateParts& p, DateOrder order) {
  int month = p.a, day = p.b;
  if (p.shape == DateShape::kYearLast && order == DateOrder::kDayFirst) {
    month = p.b;
    day = p.a;
  }
  if (!is_valid_civil(p.year, month, day)) return std::nullopt;
  return days_from_civil(p.year, month, day);
}

}  // namespace starcart
