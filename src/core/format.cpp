#include "core/format.h"

#include <cmath>
#include <cstdio>

namespace starcart {

namespace {

std::string group_thousands(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

uint64_t magnitude(int64_t v) { return v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v); }

}  // namespace

std::string format_count(int64_t n) {
  return (n < 0 ? "-" : "") + group_thousands(magnitude(n));
}

std::string format_money(Money value, const std::string& symbol) {
  int64_t cents = to_cents(value);
  uint64_t a = magnitude(cents);
  char frac[4];
  std::snprintf(frac, sizeof frac, "%02u", static_cast<unsigned>(a % 100));
  return (cents < 0 ? "-" : "") + symbol + group_thousands(a / 100) + "." + frac;
}

std::string format_money_whole(Money value, const std::string& symbol) {
  int64_t units = div_round(value, kMoneyScale);
  return (units < 0 ? "-" : "") + symbol + group_thousands(magnitude(units));
}

std::string format_compact(double v) {
  if (!std::isfinite(v)) return "-";
  double a = std::fabs(v);
  const char* suffix = "";
  double scaled = a;
  if (a >= 1e9) { scaled = a / 1e9; suffix = "B"; }
  else if (a >= 1e6) { scaled = a / 1e6; suffix = "M"; }
  else if (a >= 1e3) { scaled = a / 1e3; suffix = "k"; }
  char buf[32];
  // Three significant digits at most, trailing zeros trimmed ("1.5k", "12k").
  if (*suffix == 0 && scaled == std::floor(scaled)) {
    std::snprintf(buf, sizeof buf, "%.0f", scaled);
  } else if (scaled < 10) {
    std::snprintf(buf, sizeof buf, "%.2f", scaled);
  } else if (scaled < 100) {
    std::snprintf(buf, sizeof buf, "%.1f", scaled);
  } else {
    std::snprintf(buf, sizeof buf, "%.0f", scaled);
  }
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  // Rounding can carry 999.6k to "1000k": move to the next unit.
  if (s == "1000" && *suffix != 0) {
    s = "1";
    suffix = *suffix == 'k' ? "M" : *suffix == 'M' ? "B" : "T";
  }
  return (v < 0 ? "-" : "") + s + suffix;
}

std::string format_money_compact(double v, const std::string& symbol) {
  std::string c = format_compact(std::fabs(v));
  return (v < 0 ? "-" : "") + symbol + c;
}

std::string format_fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  if (buf[0] == '-') {  // "-0.0" reads as a sign error to people: drop it
    bool zero = true;
    for (const char* p = buf + 1; *p; ++p) zero = zero && (*p == '0' || *p == '.');
    if (zero) return std::string(buf + 1);
  }
  return buf;
}

std::string format_percent(double share, int decimals) {
  if (!std::isfinite(share)) return "-";
  return format_fixed(share * 100.0, decimals) + "%";
}

std::string format_delta_percent(double change, int decimals) {
  if (!std::isfinite(change)) return "-";
  std::string s = format_fixed(change * 100.0, decimals);
  const bool zero = s.find_first_not_of("0.") == std::string::npos;
  if (s[0] != '-' && !zero) s = "+" + s;
  return s + "%";
}

std::string format_bytes(int64_t bytes) {
  char buf[32];
  double b = static_cast<double>(bytes);
  if (b >= 1e9) std::snprintf(buf, sizeof buf, "%.1f GB", b / 1e9);
  else if (b >= 1e6) std::snprintf(buf, sizeof buf, "%.1f MB", b / 1e6);
  else if (b >= 1e3) std::snprintf(buf, sizeof buf, "%.1f kB", b / 1e3);
  else std::snprintf(buf, sizeof buf, "%lld B", static_cast<long long>(bytes));
  return buf;
}

std::string format_duration(double s) {
  char buf[32];
  if (!std::isfinite(s) || s < 0) return "-";
  if (s < 1.0) std::snprintf(buf, sizeof buf, "%.0f ms", s * 1000.0);
  else if (s < 60.0) std::snprintf(buf, sizeof buf, "%.1f s", s);
  else std::snprintf(buf, sizeof buf, "%d min %d s", static_cast<int>(s / 60), static_cast<int>(std::fmod(s, 60.0)));
  return buf;
}

}  // namespace starcart
