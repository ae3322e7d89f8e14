// Formatters for chart labels and tooltips: a small value type that says how
// a number is written, so axes, legends and cells share one rule. All text
// comes from core/format.h and core/date.h (STYLE 8); this file only picks
// the function and holds its parameters.
#pragma once

#include <string>

#include "core/date.h"

namespace starcart::charts {

struct ValueFormat {
  enum class Kind : unsigned char {
    kCompact,       // 1.2k, 3.4M (axes)
    kCount,         // 1,234,567
    kMoneyCompact,  // £1.2k
    kMoney,         // £1,234.50
    kMoneyWhole,    // £1,235
    kPercent,       // a share in [0, 1]: 12.3%
    kFixed,         // 3.14
    kMonth,         // a MonthIndex: "Mar 2011"
    kDay,           // a Day: "3 Mar 2011"
  };
  Kind kind = Kind::kCompact;
  std::string symbol;  // currency symbol for money kinds
  int decimals = 1;    // kPercent, kFixed

  std::string operator()(double value) const;

  static ValueFormat compact() { return {}; }
  static ValueFormat count() { return {Kind::kCount, "", 0}; }
  static ValueFormat money_compact(std::string symbol) { return {Kind::kMoneyCompact, std::move(symbol), 0}; }
  static ValueFormat money(std::string symbol) { return {Kind::kMoney, std::move(symbol), 2}; }
  static ValueFormat money_whole(std::string symbol) { return {Kind::kMoneyWhole, std::move(symbol), 0}; }
  static ValueFormat percent(int decimals = 1) { return {Kind::kPercent, "", decimals}; }
  static ValueFormat fixed(int decimals) { return {Kind::kFixed, "", decimals}; }
  static ValueFormat month() { return {Kind::kMonth, "", 0}; }
  static ValueFormat day() { return {Kind::kDay, "", 0}; }
};

// "3 Mar", or "3 Mar 2011" with the year.
std::string format_day_label(Day day, bool with_year);
// A date range for people: "3–9 Mar 2011", "28 Feb – 6 Mar 2011",
// "Mar 2011" for a whole month, "2011" for a whole year, "30 Dec 2010 – 5 Jan 2011".
std::string format_day_range(Day from, Day to);

}  // namespace starcart::charts
