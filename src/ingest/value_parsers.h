// Parsers for the values found in shop exports. Each returns nullopt (or
// false) for text that is not a value of its kind; callers turn that into a
// rejected row with the column and the offending text.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/date.h"
#include "core/money.h"

namespace starcart {

// Spaces, tabs and line breaks at both ends removed. Most fields have none:
// the check for that is inline, the trimming is not.
std::string_view trim_spaces(std::string_view s);
inline std::string_view trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  if (s.empty() || (!blank(s.front()) && !blank(s.back()))) return s;
  return trim_spaces(s);
}

// "12", "-3", "+4", "6.0" (a whole number written as decimal, as pandas
// writes integer columns with gaps). Rejects fractions and text.
std::optional<int64_t> parse_integer(std::string_view s);

// Money in the forms exports write it: "2.55", "-0.001", "$1,234.50",
// "£3", "1.234,50 €" (style.decimal=','), "R$ 10,00", "(12.00)" as negative,
// "EUR 5". Currency symbols and codes around the number are dropped.
std::optional<Money> parse_money_text(std::string_view s, NumberStyle style = {});

// Identifiers: trimmed; a leading apostrophe (spreadsheet text marker) is
// dropped; a number written as float with a zero fraction ("17850.0") is
// written as the integer it is, so both spellings name the same customer.
std::string_view normalize_id_slow(std::string_view s);
inline std::string_view normalize_id(std::string_view s) {
  // Most ids need nothing: no blank or apostrophe in front, no blank behind,
  // and not ending in '0' (which a "17850.0" spelling would).
  if (!s.empty() && s.front() != ' ' && s.front() != '\'' && s.front() != '\t' && s.back() != ' ' &&
      s.back() != '0' && s.back() != '\t' && s.back() != '\r' && s.back() != '\n')
    return s;
  return normalize_id_slow(s);
}

// --- dates -----------------------------------------------------------------
// A date is parsed into its parts first; which of two small parts is the day
// is decided later from the whole column (DateOrder), since "3/4/2011" alone
// cannot tell. Parts are packed into an int64 so a column can be kept while
// the decision waits.
enum class DateShape : uint8_t {
  kYearFirst = 1,  // 2011-03-04, 2011/03/04, 20110304: unambiguous Y-M-D
  kYearLast = 2,   // 3/4/2011, 04.03.2011: day and month order to decide
};

struct DateParts {
  DateShape shape = DateShape::kYearFirst;
  int year = 0;
  int a = 0;            // kYearFirst: month; kYearLast: first number
  int b = 0;            // kYearFirst: day;   kYearLast: second number
  int seconds = -1;     // seconds since midnight; -1 when no time was written
  int utc_offset_minutes = 0;  // kept for the record; analysis uses the local date
};

bool parse_date_parts(std::string_view s, DateParts& out);
int64_t pack_date_parts(const DateParts& p);
DateParts unpack_date_parts(int64_t packed);

enum class DateOrder : uint8_t { kMonthFirst, kDayFirst };
const char* date_order_name(DateOrder order);  // "M/D/Y", "D/M/Y"

// The calendar day of parsed parts under an order; nullopt for an impossible
// date (month 13, 31 April).
std::optional<Day> resolve_date(const DateParts& p, DateOrder order);

}  // namespace starcart
