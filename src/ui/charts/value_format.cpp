#include "ui/charts/value_format.h"

#include <cmath>

#include "core/format.h"
#include "core/money.h"

namespace starcart::charts {

std::string ValueFormat::operator()(double v) const {
  if (!std::isfinite(v)) return "-";
  switch (kind) {
    case Kind::kCompact: return format_compact(v);
    case Kind::kCount: return format_count(std::llround(v));
    case Kind::kMoneyCompact: return format_money_compact(v, symbol);
    case Kind::kMoney: return format_money(std::llround(v * kMoneyScale), symbol);
    case Kind::kMoneyWhole: return format_money_whole(std::llround(v * kMoneyScale), symbol);
    case Kind::kPercent: return format_percent(v, decimals);
    case Kind::kFixed: return format_fixed(v, decimals);
    case Kind::kMonth: return format_month_label(static_cast<MonthIndex>(std::lround(v)));
    case Kind::kDay: return format_day_label(static_cast<Day>(std::lround(v)), true);
  }
  return format_compact(v);
}

std::string format_day_label(Day day, bool with_year) {
  CivilDate c = civil_from_days(day);
  std::string s = std::to_string(c.day) + " " + month_short_name(c.month);
  if (with_year) s += " " + std::to_string(c.year);
  return s;
}

std::string format_day_range(Day from, Day to) {
  if (to < from) std::swap(from, to);
  CivilDate a = civil_from_days(from), b = civil_from_days(to);
  if (from == to) return format_day_label(from, true);
  if (a.day == 1 && b.day == days_in_month(b.year, b.month)) {
    if (a.year == b.year && a.month == 1 && b.month == 12) return std::to_string(a.year);
    if (a.year == b.year && a.month == b.month) return format_month_label(month_index(from));
  }
  const std::string dash = " \xE2\x80\x93 ";  // en dash
  if (a.year == b.year && a.month == b.month)
    return std::to_string(a.day) + "\xE2\x80\x93" + format_day_label(to, true);
  if (a.year == b.year) return format_day_label(from, false) + dash + format_day_label(to, true);
  return format_day_label(from, true) + dash + format_day_label(to, true);
}

}  // namespace starcart::charts
