#include "ingest/type_inference.h"

#include <algorithm>

#include "ingest/role_detection.h"

namespace starcart {

namespace {

constexpr ValueType kCandidates[] = {ValueType::kBoolean, ValueType::kInteger, ValueType::kDecimal,
                                     ValueType::kPercent, ValueType::kMoney,   ValueType::kDate,
                                     ValueType::kDateTime, ValueType::kText};

// Excel's serial days for 1990-01-01 and 2100-01-01: a numeric column whose
// header names a date is read as serial days only inside this window.
constexpr int64_t kExcelFirst = 32874, kExcelLast = 73051;
constexpr Day kExcelEpoch = -25569;  // day number of 1899-12-30 (serial 0)

// What may stand around a number for it to be money: a currency sign or an
// ISO 4217-shaped code ("$", "R$", "€", "EUR", "kr").
bool is_currency_affix(std::string_view a) {
  a = trim(a);
  if (a.empty()) return true;
  static constexpr std::string_view kSigns[] = {"$",   "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "R$", "US$", "C$",
                                                "A$",  "NZ$",          "HK$",      "kr",       "Kr", "z\xC5\x82",
                                                "\xE2\x82\xB9", "\xE2\x82\xBD", "Fr.", "CHF"};
  for (std::string_view s : kSigns)
    if (a == s) return true;
  return is_iso_currency_code(a);
}

// Money with nothing but a currency marker and sign/parentheses around it.
bool looks_like_money(std::string_view v, NumberStyle style) {
  if (!parse_money_text(v, style)) return false;
  std::string_view s = v;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = trim(s.substr(1, s.size() - 2));
  if (!s.empty() && s.front() == '-') s = trim(s.substr(1));
  size_t b = 0, e = s.size();
  auto numeric = [&](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == style.decimal; };
  while (b < e && !numeric(s[b])) ++b;
  while (e > b && !(s[e - 1] >= '0' && s[e - 1] <= '9')) --e;
  return is_currency_affix(s.substr(0, b)) && is_currency_affix(s.substr(e));
}

bool plain_decimal(std::string_view v, NumberStyle style) { return parse_money(v, style).has_value(); }

bool accepts(ValueType t, std::string_view v, NumberStyle style, const DateParts* date) {
  switch (t) {
    case ValueType::kBoolean: return parse_boolean(v).has_value();
    case ValueType::kInteger: return parse_integer(v).has_value();
    case ValueType::kDecimal: return plain_decimal(v, style);
    case ValueType::kPercent: return parse_percent(v, style).has_value();
    case ValueType::kMoney: return looks_like_money(v, style);
    case ValueType::kDate: return date != nullptr && date->seconds < 0;
    case ValueType::kDateTime: return date != nullptr;
    default: return true;
  }
}

std::string quoted(std::string_view v) {
  std::string s(v.substr(0, 60));
  return "'" + s + (v.size() > 60 ? "…'" : "'");
}

}  // namespace

const char* value_type_name(ValueType t) {
  switch (t) {
    case ValueType::kBoolean: return "boolean";
    case ValueType::kInteger: return "integer";
    case ValueType::kDecimal: return "decimal";
    case ValueType::kPercent: return "percent";
    case ValueType::kMoney: return "money";
    case ValueType::kDate: return "date";
    case ValueType::kDateTime: return "date-time";
    case ValueType::kExcelDate: return "Excel serial date";
    case ValueType::kText: return "text";
    case ValueType::kEmpty: return "empty";
  }
  return "?";
}

std::optional<bool> parse_boolean(std::string_view s) {
  s = trim(s);
  if (s.size() > 6) return std::nullopt;
  std::string l;
  for (char c : s) l += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  static constexpr std::string_view kTrue[] = {"true", "yes", "y", "t", "ja", "oui", "sim", "si", "s\xC3\xAD"};
  static constexpr std::string_view kFalse[] = {"false", "no", "n", "f", "nein", "non", "n\xC3\xA3o", "nao"};
  for (std::string_view w : kTrue)
    if (l == w) return true;
  for (std::string_view w : kFalse)
    if (l == w) return false;
  return std::nullopt;
}

std::optional<int64_t> parse_percent(std::string_view s, NumberStyle style) {
  s = trim(s);
  if (s.empty() || s.back() != '%') return std::nullopt;
  auto v = parse_money(trim(s.substr(0, s.size() - 1)), style);
  if (!v) return std::nullopt;
  return *v / 100;  // 15% = 0.15 = 1500 at the money scale
}

bool parse_excel_serial(std::string_view s, Day& day, int& seconds) {
  auto v = parse_money(trim(s));  // exact: whole days and a fraction of a day
  if (!v || *v < 0) return false;
  const int64_t whole = *v / kMoneyScale, frac = *v % kMoneyScale;
  if (whole < kExcelFirst || whole > kExcelLast) return false;
  day = kExcelEpoch + static_cast<Day>(whole);
  seconds = frac == 0 && trim(s).find_first_of(".,") == std::string_view::npos
                ? -1
                : static_cast<int>((frac * 86400 + kMoneyScale / 2) / kMoneyScale);
  if (seconds >= 86400) seconds = 86399;
  return true;
}

bool is_iso_currency_code(std::string_view v) {
  static constexpr std::string_view kCodes[] = {
      "EUR", "USD", "GBP", "BRL", "CHF", "JPY", "CNY", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN",
      "CZK", "HUF", "RON", "BGN", "TRY", "INR", "MXN", "ARS", "CLP", "COP", "PEN", "ZAR", "HKD", "SGD",
      "KRW", "TWD", "THB", "IDR", "MYR", "PHP", "ILS", "AED", "SAR", "RUB", "UAH", "ISK"};
  for (std::string_view c : kCodes)
    if (v == c) return true;
  return false;
}

bool looks_like_value(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  DateParts parts;
  for (NumberStyle style : {NumberStyle{'.', ','}, NumberStyle{',', '.'}})
    if (plain_decimal(s, style) || looks_like_money(s, style) || parse_percent(s, style)) return true;
  return parse_date_parts(s, parts);
}

bool header_names_date(std::string_view header) {
  const std::string n = normalize_header(header);
  static constexpr std::string_view kWords[] = {"date", "datum", "fecha", "timestamp", "createdat", "paidat",
                                                "time", "dia",   "day",   "datahora"};
  for (std::string_view w : kWords)
    if (n.find(w) != std::string::npos) return true;
  return n == "data" || n == "created" || n == "ordered";
}

TypeGuess infer_column_type(std::string_view header, const std::vector<std::string_view>& values,
                            NumberStyle style) {
  TypeGuess g;
  std::vector<ValueType> alive(std::begin(kCandidates), std::end(kCandidates));
  std::string first_contradiction;
  int64_t row = 0;
  bool all_serial = true;
  for (std::string_view raw : values) {
    ++row;
    std::string_view v = trim(raw);
    if (v.empty()) {
      ++g.empty;
      continue;
    }
    ++g.values;
    DateParts parts;
    const bool is_date = parse_date_parts(v, parts);
    if (is_date && parts.shape == DateShape::kYearLast) {
      std::string shown = std::to_string(parts.a) + "/" + std::to_string(parts.b) + "/" + std::to_string(parts.year);
      if (parts.a > 12 && parts.b <= 12) {
        if (g.dates.day_first++ == 0) g.dates.day_first_example = shown;
      } else if (parts.b > 12 && parts.a <= 12) {
        if (g.dates.month_first++ == 0) g.dates.month_first_example = shown;
      } else {
        ++g.dates.ambiguous;
      }
    }
    g.integer_values += parse_integer(v).has_value();
    // An amount in either decimal style: the role check must not depend on
    // the file's style being known yet.
    g.amount_values += parse_money_text(v, style).has_value() || parse_money_text(v, NumberStyle{',', '.'}).has_value();
    g.date_values += is_date;
    Day d;
    int sec;
    all_serial = all_serial && parse_excel_serial(v, d, sec);
    const size_t before = alive.size();
    const bool was_numeric_or_date = std::any_of(alive.begin(), alive.end(), [](ValueType t) {
      return t != ValueType::kBoolean && t != ValueType::kText;
    });
    const ValueType most_specific = alive.front();
    alive.erase(std::remove_if(alive.begin(), alive.end(),
                               [&](ValueType t) { return !accepts(t, v, style, is_date ? &parts : nullptr); }),
                alive.end());
    // The value that left only text standing is the evidence.
    if (before > 1 && alive.size() == 1 && first_contradiction.empty())
      first_contradiction = quoted(v) + " at row " + std::to_string(row) +
                            (was_numeric_or_date ? std::string(" is neither a number nor a date")
                                                 : std::string(" is not a ") + value_type_name(most_specific));
  }
  if (g.values == 0) {
    g.type = ValueType::kEmpty;
    g.evidence = "no value in the " + std::to_string(g.empty) + " sampled rows";
    return g;
  }
  g.candidates = alive;
  g.type = alive.front();
  const bool numeric = g.type == ValueType::kInteger || g.type == ValueType::kDecimal;
  if (numeric && all_serial && header_names_date(header)) {
    g.type = ValueType::kExcelDate;
    g.candidates.insert(g.candidates.begin(), ValueType::kExcelDate);
    g.evidence = "the header names a date and all " + std::to_string(g.values) +
                 " values are Excel serial days in 1990..2100";
    return g;
  }
  if (g.type == ValueType::kText && !first_contradiction.empty()) {
    g.evidence = first_contradiction;
  } else {
    g.evidence = "all " + std::to_string(g.values) + " values read as " + value_type_name(g.type);
  }
  return g;
}

}  // namespace starcart
