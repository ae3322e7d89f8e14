// Exact money (DESIGN 5): int64 at a fixed scale of 1/10,000. Real exports
// carry prices with three decimals (UCI Online Retail has 0.001), so cents are
// not enough. Sums stay integers; rounding to cents happens only for display
// and reports, half away from zero (what "round half up" means for money and
// what Python's Decimal ROUND_HALF_UP does).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace starcart {

using Money = int64_t;  // units of 1/10,000 of the currency
inline constexpr int64_t kMoneyScale = 10000;
inline constexpr int kMoneyDecimals = 4;

// How a number is written: the decimal mark and the optional grouping mark.
struct NumberStyle {
  char decimal = '.';
  char group = ',';  // 0 = no grouping allowed
};

// Parses a plain decimal ("12.5", "-0.001", "1,234.50" with style.group=',')
// into the fixed scale. Digits beyond the 4th decimal are rounded half away
// from zero. Returns nullopt for anything that is not a number or overflows.
// Currency symbols, parentheses and percent signs are handled one level up,
// in ingest's value parser; this is the exact arithmetic core.
std::optional<Money> parse_money(std::string_view text, NumberStyle style = {});

// value × quantity, exact (int64; overflow is not reachable for real shops:
// 9.2e14 currency units).
inline Money money_times(Money value, int64_t quantity) { return value * quantity; }

// Rounds to whole cents (still in 1/10,000 units), half away from zero.
Money round_to_cents(Money value);

// Cents as an integer (12.345 -> 1235).
int64_t to_cents(Money value);

// "1234.50" / "-0.01": rounded to cents, '.' decimal mark, no grouping. The
// form used in JSON reports and CSV exports.
std::string money_to_decimal_string(Money value);

// Exact decimal with all 4 places trimmed of trailing zeros ("0.001", "2.55").
std::string money_to_exact_string(Money value);

// For charts only (never summed): value in currency units as double.
inline double money_to_double(Money value) { return static_cast<double>(value) / kMoneyScale; }

// a / b rounded half away from zero, for averages of money (AOV).
int64_t div_round(int64_t a, int64_t b);

}  // namespace starcart
