// The value type of every column, inferred from its values (STYLE 7): a
// candidate list ordered by specificity, where each value removes the
// candidates it contradicts and the most specific survivor wins. The first
// contradicting value is kept as evidence ("'abc' at row 4 is not a number"),
// so the import screen can say why a column is text.
//
// Candidates, most specific first:
//   boolean   true/false, yes/no, y/n (and ja/nein, oui/non, sim/não, sí/no)
//   integer   12, -3, 17850.0
//   decimal   2.55, 1,234.50, 1.234,50 (the file's number style)
//   percent   15%, 7.5 %
//   money     $1,234.50, 1.234,50 €, R$ 10,00, (12.00), EUR 5
//   date      2011-03-04, 3/4/2011, 01.12.2010, 20110304
//   datetime  a date with a time and optional zone (2025-10-07 09:50:26 +0200)
//   text      anything
// Excel serial days (40513 = 2010-12-01) are numbers; a numeric column is
// read as dates only where it is clearly a date: its header names a date and
// every value falls in 1990..2100.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "ingest/value_parsers.h"

namespace starcart {

enum class ValueType : uint8_t {
  kBoolean,
  kInteger,
  kDecimal,
  kPercent,
  kMoney,
  kDate,
  kDateTime,
  kExcelDate,  // a number of days since 1899-12-30 (Excel's day 0)
  kText,
  kEmpty,      // no value at all in the sample
};

const char* value_type_name(ValueType t);  // "integer", "money", "Excel serial date"

// Day/month evidence over a column of year-last dates (3/4/2011): a first
// part above 12 proves D/M/Y, a second part above 12 proves M/D/Y.
struct DateOrderEvidence {
  int64_t day_first = 0;    // values that prove D/M/Y
  int64_t month_first = 0;  // values that prove M/D/Y
  int64_t ambiguous = 0;    // year-last values that fit both
  std::string day_first_example;    // "13/01/2011"
  std::string month_first_example;  // "12/13/2010"
  bool has_year_last() const { return day_first + month_first + ambiguous > 0; }
};

struct TypeGuess {
  ValueType type = ValueType::kEmpty;
  std::vector<ValueType> candidates;  // survivors, most specific first
  int64_t values = 0;                 // non-empty values seen
  int64_t empty = 0;
  std::string evidence;               // why this type and not a more specific one
  // Values that read as a whole number, as an amount, as a date: a role may
  // take a column where most values fit (the others reject their rows).
  int64_t integer_values = 0, amount_values = 0, date_values = 0;
  DateOrderEvidence dates;            // for date and datetime columns
  bool is_numeric() const {
    return type == ValueType::kInteger || type == ValueType::kDecimal || type == ValueType::kMoney ||
           type == ValueType::kPercent;
  }
  bool is_date() const {
    return type == ValueType::kDate || type == ValueType::kDateTime || type == ValueType::kExcelDate;
  }
};

// Infers a column's type from its values (the sample, not the whole file).
// `header` lets a numeric column be Excel serial dates.
TypeGuess infer_column_type(std::string_view header, const std::vector<std::string_view>& values,
                            NumberStyle style = {});

// true/false, yes/no... in the languages above; nullopt for anything else.
std::optional<bool> parse_boolean(std::string_view s);

// "15%", "7,5 %" as a fraction at the money scale (15% -> 1500); nullopt
// when there is no percent sign.
std::optional<int64_t> parse_percent(std::string_view s, NumberStyle style = {});

// Excel serial day (1900 date system) to a date and time: "40513" or
// "40513.35" (08:24). nullopt outside 1990-01-01 .. 2100-01-01.
bool parse_excel_serial(std::string_view s, Day& day, int& seconds);

// A number, an amount, a percentage or a date: what a header cell is not
// ("Billing Address1" is not a value; "12", "3,50 €" and "2011-03-04" are).
bool looks_like_value(std::string_view s);

// An ISO 4217 code of a currency shops sell in ("EUR", "BRL").
bool is_iso_currency_code(std::string_view s);

// The header names a date or time ("InvoiceDate", "Created at", "Datum").
bool header_names_date(std::string_view header);

}  // namespace starcart
