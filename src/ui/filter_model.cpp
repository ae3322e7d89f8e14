#include "ui/filter_model.h"

#include <algorithm>

#include "ingest/value_parsers.h"
#include "ui/charts/value_format.h"

namespace starcart {

const char* dimension_label(Dimension d) {
  switch (d) {
    case Dimension::kCountry: return "Countries";
    case Dimension::kCategory: return "Categories";
    case Dimension::kChannel: return "Channels";
    case Dimension::kPayment: return "Payment types";
    case Dimension::kState: return "States";
    case Dimension::kSupplier: return "Suppliers";
  }
  return "";
}

const char* dimension_key(Dimension d) {
  switch (d) {
    case Dimension::kCountry: return "countries";
    case Dimension::kCategory: return "categories";
    case Dimension::kChannel: return "channels";
    case Dimension::kPayment: return "payment_types";
    case Dimension::kState: return "states";
    case Dimension::kSupplier: return "suppliers";
  }
  return "";
}

std::vector<std::string>& filter_values(Filter& f, Dimension d) {
  switch (d) {
    case Dimension::kCountry: return f.countries;
    case Dimension::kCategory: return f.categories;
    case Dimension::kChannel: return f.channels;
    case Dimension::kPayment: return f.payment_types;
    case Dimension::kState: return f.states;
    case Dimension::kSupplier: return f.suppliers;
  }
  return f.countries;
}

const std::vector<std::string>& filter_values(const Filter& f, Dimension d) {
  return filter_values(const_cast<Filter&>(f), d);
}

const char* preset_label(DatePreset p) {
  switch (p) {
    case DatePreset::kAll: return "All dates";
    case DatePreset::kLast30: return "Last 30 days";
    case DatePreset::kLast90: return "Last 90 days";
    case DatePreset::kThisYear: return "This year";
    case DatePreset::kCustom: return "Custom range";
    case DatePreset::kMonth: return "Month";
  }
  return "";
}

const char* preset_key(DatePreset p) {
  switch (p) {
    case DatePreset::kAll: return "all";
    case DatePreset::kLast30: return "last30";
    case DatePreset::kLast90: return "last90";
    case DatePreset::kThisYear: return "this_year";
    case DatePreset::kCustom: return "custom";
    case DatePreset::kMonth: return "month";
  }
  return "";
}

std::optional<DateRange> preset_range(DatePreset p, Day first, Day last) {
  switch (p) {
    case DatePreset::kLast30: return DateRange{last - 29, last};
    case DatePreset::kLast90: return DateRange{last - 89, last};
    case DatePreset::kThisYear: return DateRange{std::max(first, days_from_civil(civil_from_days(last).year, 1, 1)), last};
    default: return std::nullopt;
  }
}

void apply_preset(Filter& f, DatePreset p, Day first, Day last) {
  if (auto r = preset_range(p, first, last)) {
    f.from = r->from;
    f.to = r->to;
  } else if (p == DatePreset::kAll) {
    f.from.reset();
    f.to.reset();
  }
}

DateRange month_range(MonthIndex m) { return {month_first_day(m), month_first_day(m + 1) - 1}; }

bool is_month(const Filter& f, MonthIndex m) {
  const DateRange r = month_range(m);
  return f.from && f.to && *f.from == r.from && *f.to == r.to;
}

bool has_value(const Filter& f, Dimension d, const std::string& value) {
  const auto& v = filter_values(f, d);
  return std::find(v.begin(), v.end(), value) != v.end();
}

bool toggle_value(Filter& f, Dimension d, const std::string& value) {
  auto& v = filter_values(f, d);
  auto it = std::find(v.begin(), v.end(), value);
  if (it != v.end()) {
    v.erase(it);
    return false;
  }
  v.push_back(value);
  return true;
}

bool filters_equal(const Filter& a, const Filter& b) {
  return a.from == b.from && a.to == b.to && a.countries == b.countries && a.categories == b.categories &&
         a.channels == b.channels && a.payment_types == b.payment_types && a.states == b.states &&
         a.suppliers == b.suppliers && a.segments == b.segments &&
         a.cohort == b.cohort && a.snapshot == b.snapshot;
}

Filter without_dates(const Filter& f) {
  Filter g = f;
  g.from.reset();
  g.to.reset();
  return g;
}

std::vector<FilterChip> filter_chips(const Filter& f, DatePreset preset) {
  std::vector<FilterChip> chips;
  if (f.from || f.to) {
    FilterChip c;
    c.date = true;
    c.key = "date";
    if (preset == DatePreset::kLast30 || preset == DatePreset::kLast90 || preset == DatePreset::kThisYear)
      c.label = preset_label(preset);
    else if (f.from && f.to)
      c.label = charts::format_day_range(*f.from, *f.to);
    else if (f.from)
      c.label = "From " + charts::format_day_label(*f.from, true);
    else
      c.label = "Until " + charts::format_day_label(*f.to, true);
    chips.push_back(std::move(c));
  }
  for (int d = 0; d < kDimensionCount; ++d) {
    const auto dim = static_cast<Dimension>(d);
    for (const std::string& v : filter_values(f, dim)) {
      FilterChip c;
      c.dim = dim;
      c.value = v;
      c.label = v.empty() ? "(unknown)" : v;
      c.key = std::string(dimension_key(dim)) + ":" + v;
      chips.push_back(std::move(c));
    }
  }
  // Customer filters (a segment bubble or a cohort cell clicked).
  for (const std::string& v : f.segments) {
    FilterChip c;
    c.segment = true;
    c.value = v;
    c.label = v;
    c.key = "segments:" + v;
    chips.push_back(std::move(c));
  }
  if (f.cohort) {
    FilterChip c;
    c.cohort = true;
    c.label = "Cohort " + format_month_label(*f.cohort);
    c.key = "cohort";
    chips.push_back(std::move(c));
  }
  return chips;
}

void remove_chip(Filter& f, const FilterChip& chip) {
  if (chip.date) {
    f.from.reset();
    f.to.reset();
    return;
  }
  if (chip.cohort) {
    f.cohort.reset();
    return;
  }
  if (chip.segment) {
    f.segments.erase(std::remove(f.segments.begin(), f.segments.end(), chip.value), f.segments.end());
    return;
  }
  auto& v = filter_values(f, chip.dim);
  v.erase(std::remove(v.begin(), v.end(), chip.value), v.end());
}

std::optional<Day> parse_iso_day(const std::string& text) {
  DateParts p;
  if (!parse_date_parts(trim(text), p) || p.shape != DateShape::kYearFirst || p.seconds >= 0) return std::nullopt;
  return resolve_date(p, DateOrder::kMonthFirst);
}

}  // namespace starcart
