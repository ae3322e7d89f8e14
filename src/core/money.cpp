#include "core/money.h"

#include <cstdio>
#include <limits>

namespace starcart {

std::optional<Money> parse_money(std::string_view s, NumberStyle style) {
  size_t i = 0, n = s.size();
  bool negative = false;
  if (i < n && (s[i] == '-' || s[i] == '+')) {
    negative = s[i] == '-';
    ++i;
  }
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max() / 100;
  int64_t whole = 0;
  int digits = 0;
  int group_run = -1;  // digits since the last group mark; -1 before any mark
  for (; i < n; ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (whole > kMax / 10) return std::nullopt;
      whole = whole * 10 + (c - '0');
      ++digits;
      if (group_run >= 0) ++group_run;
    } else if (style.group != 0 && c == style.group && digits > 0) {
      // A grouping mark must follow 1-3 digits (first group) or exactly 3.
      if (group_run >= 0 && group_run != 3) return std::nullopt;
      if (group_run < 0 && digits > 3) return std::nullopt;
      group_run = 0;
    } else {
      break;
    }
  }
  if (group_run >= 0 && group_run != 3) return std::nullopt;
  int64_t frac = 0;
  int frac_digits = 0;
  bool round_up = false;
  if (i < n && s[i] == style.decimal) {
    ++i;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (frac_digits < kMoneyDecimals) {
        frac = frac * 10 + (s[i] - '0');
        ++frac_digits;
      } else if (frac_digits == kMoneyDecimals) {
        round_up = s[i] >= '5';  // first dropped digit decides: half away from zero
        ++frac_digits;
      }
      ++digits;
    }
  }
  if (i != n || digits == 0) return std::nullopt;
  for (int k = frac_digits; k < kMoneyDecimals; ++k) frac *= 10;
  if (whole > kMax / kMoneyScale) return std::nullopt;
  int64_t v = whole * kMoneyScale + frac + (round_up ? 1 : 0);
  return negative ? -v : v;
}

Money round_to_cents(Money v) {
  constexpr int64_t kStep = kMoneyScale / 100;
  int64_t q = v / kStep, r = v % kStep;
  if (r >= kStep / 2) ++q;
  if (r <= -kStep / 2) --q;
  return q * kStep;
}

int64_t to_cents(Money v) { return round_to_cents(v) / (kMoneyScale / 100); }

std::string money_to_decimal_string(Money v) {
  int64_t c = to_cents(v);
  uint64_t a = c < 0 ? static_cast<uint64_t>(-(c + 1)) + 1 : static_cast<uint64_t>(c);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", c < 0 ? "-" : "",
                static_cast<unsigned long long>(a / 100), static_cast<unsigned long long>(a % 100));
  return buf;
}

std::string money_to_exact_string(Money v) {
  uint64_t a = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
  char buf[48];
  int len = std::snprintf(buf, sizeof buf, "%s%llu.%04llu", v < 0 ? "-" : "",
                          static_cast<unsigned long long>(a / kMoneyScale),
                          static_cast<unsigned long long>(a % kMoneyScale));
  while (len > 0 && buf[len - 1] == '0') --len;
  if (len > 0 && buf[len - 1] == '.') --len;
  return std::string(buf, static_cast<size_t>(len));
}

int64_t div_round(int64_t a, int64_t b) {
  if (b == 0) return 0;
  if (b < 0) { a = -a; b = -b; }
  int64_t q = a / b, r = a % b;
  if (2 * r >= b) ++q;
  if (2 * r <= -b) --q;
  return q;
}

}  // namespace starcart
