// Numbers for people (STYLE 8): every figure the UI or the HTML report shows
// goes through these functions, never through printf calls in panels.
#pragma once

#include <cstdint>
#include <string>

#include "core/money.h"

namespace starcart {

// 1234567 -> "1,234,567"
std::string format_count(int64_t n);

// Money rounded to cents with thousands separators: "1,234.50"; with a
// currency symbol: "£1,234.50", "-£12.00".
std::string format_money(Money value, const std::string& symbol = "");

// Money without cents for big figures on cards: "£1,234,567".
std::string format_money_whole(Money value, const std::string& symbol = "");

// Short forms for axes and tight spaces: 950 -> "950", 1234 -> "1.2k",
// 3400000 -> "3.4M", 2.5e9 -> "2.5B"; keeps up to 3 significant digits.
std::string format_compact(double value);
std::string format_money_compact(double value, const std::string& symbol = "");

// A share in [0,1] as a percentage with `decimals` places: 0.1234 -> "12.3%".
std::string format_percent(double share, int decimals = 1);

// A relative change as a signed percentage: 0.052 -> "+5.2%", -0.1 -> "-10.0%".
std::string format_delta_percent(double change, int decimals = 1);

// A plain decimal with fixed places: 3.14159, 2 -> "3.14".
std::string format_fixed(double value, int decimals);

// Bytes: 83 MB, 1.5 GB (decimal units, as browsers show file sizes).
std::string format_bytes(int64_t bytes);

// Seconds as "1.2 s", "350 ms", "2 min 5 s".
std::string format_duration(double seconds);

}  // namespace starcart
