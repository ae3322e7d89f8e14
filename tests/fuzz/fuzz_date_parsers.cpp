// libFuzzer target: the date parser and the day/month decision. Checks: the
// parts of a parsed date survive packing; a date resolved under either order
// is a valid civil date whose day number maps back to it.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/date.h"
#include "ingest/type_inference.h"
#include "ingest/value_parsers.h"

using namespace starcart;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  DateParts p;
  if (parse_date_parts(s, p)) {
    DateParts q = unpack_date_parts(pack_date_parts(p));
    if (q.year != p.year || q.a != p.a || q.b != p.b || q.seconds != p.seconds || q.shape != p.shape) std::abort();
    if (p.seconds < -1 || p.seconds >= 86400) std::abort();
    for (DateOrder o : {DateOrder::kMonthFirst, DateOrder::kDayFirst}) {
      if (auto day = resolve_date(p, o)) {
        CivilDate c = civil_from_days(*day);
        if (!is_valid_civil(c.year, c.month, c.day) || days_from_civil(c.year, c.month, c.day) != *day) std::abort();
      }
    }
  }
  // A column of such values: the type inference must not trip either.
  std::vector<std::string_view> values;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '\n') {
      values.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  TypeGuess g = infer_column_type("Order Date", values);
  if (g.values + g.empty != static_cast<int64_t>(values.size())) std::abort();
  return 0;
}
