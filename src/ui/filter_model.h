// Editing the one filter (analytics/filter.h) the way the filter bar and
// cross-filtering clicks do: date presets relative to the data's last day,
// a month from a chart click, values toggled per dimension, and the active
// filters as removable chips. Pure (no ImGui) and unit-tested.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/filter.h"
#include "core/date.h"

namespace starcart {

// kState and kSupplier (issue 11) are appended: shown when the data has them.
enum class Dimension : uint8_t { kCountry, kCategory, kChannel, kPayment, kState, kSupplier };
inline constexpr int kDimensionCount = 6;

const char* dimension_label(Dimension d);  // "Countries"
const char* dimension_key(Dimension d);    // "countries" (JSON, test hooks)
std::vector<std::string>& filter_values(Filter& f, Dimension d);
const std::vector<std::string>& filter_values(const Filter& f, Dimension d);

// Date presets. Relative presets count back from the data's LAST day (not
// today: exports are usually weeks old): "last 30 days" is the 30 days
// ending on the last date in the data.
enum class DatePreset : uint8_t { kAll, kLast30, kLast90, kThisYear, kCustom, kMonth };
const char* preset_label(DatePreset p);  // "Last 30 days"
const char* preset_key(DatePreset p);    // "last30"

struct DateRange {
  Day from = 0, to = 0;
};

// The range a preset selects for data spanning [first, last]; nullopt for
// kAll (no date filter) and for kCustom / kMonth (chosen elsewhere).
std::optional<DateRange> preset_range(DatePreset p, Day first, Day last);

// Sets the filter's dates for a preset (kAll clears them).
void apply_preset(Filter& f, DatePreset p, Day first, Day last);

// A month clicked on a chart: its first to last day.
DateRange month_range(MonthIndex m);
// True when the filter's dates are exactly that month.
bool is_month(const Filter& f, MonthIndex m);

// Adds the value when absent, removes it when present. Returns true when added.
bool toggle_value(Filter& f, Dimension d, const std::string& value);
bool has_value(const Filter& f, Dimension d, const std::string& value);

bool filters_equal(const Filter& a, const Filter& b);

// The same filter without its date range (trend charts keep their context).
Filter without_dates(const Filter& f);

// One active filter as a chip: the date range, or one value of a dimension.
struct FilterChip {
  bool date = false;
  bool segment = false;  // an RFM segment (value = its name)
  bool cohort = false;   // the cohort month
  Dimension dim = Dimension::kCountry;
  std::string value;  // the dimension's value (empty for the date chip)
  std::string label;  // what the chip says: "Last 30 days", "Mar 2011", "France"
  std::string key;    // stable id for tests: "date", "countries:France"
};

std::vector<FilterChip> filter_chips(const Filter& f, DatePreset preset);
void remove_chip(Filter& f, const FilterChip& chip);

// "2011-03-05" (also "2011-3-5") to a day; nullopt for anything else.
std::optional<Day> parse_iso_day(const std::string& text);

}  // namespace starcart
