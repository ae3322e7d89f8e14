// libFuzzer target: the number parsers (integers, money with signs, symbols,
// grouping and decimal comma, percentages, booleans, Excel serial days).
// Checks: a parsed amount written back exactly reads back as the same amount;
// an integer is also an amount of the same value.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/money.h"
#include "ingest/type_inference.h"
#include "ingest/value_parsers.h"

using namespace starcart;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  for (NumberStyle style : {NumberStyle{'.', ','}, NumberStyle{',', '.'}, NumberStyle{'.', 0}}) {
    if (auto m = parse_money_text(s, style)) {
      auto back = parse_money(money_to_exact_string(*m));
      if (!back || *back != *m) std::abort();
    }
    (void)parse_percent(s, style);
  }
  if (auto i = parse_integer(s)) {
    if (*i > -900000000000LL && *i < 900000000000LL) {  // parse_money's range is ±9.2e12 units
      auto as_money = parse_money_text(std::to_string(*i));
      if (!as_money || *as_money != *i * kMoneyScale) std::abort();
    }
  }
  (void)parse_boolean(s);
  Day d;
  int sec;
  if (parse_excel_serial(s, d, sec) && (sec < -1 || sec >= 86400)) std::abort();
  (void)normalize_id(s);
  (void)looks_like_value(s);
  return 0;
}
