// Filter editing: presets count back from the data's last day; expected
// dates worked out on a calendar (2011-12-09 minus 29 days is 2011-11-10,
// minus 89 days is 2011-09-11).
#include <doctest.h>

#include "ui/filter_model.h"

using namespace starcart;

namespace {
Day d(int y, int m, int day) { return days_from_civil(y, m, day); }
}  // namespace

TEST_CASE("date presets are relative to the data's last day") {
  const Day first = d(2010, 12, 1), last = d(2011, 12, 9);
  auto r30 = preset_range(DatePreset::kLast30, first, last);
  REQUIRE(r30);
  CHECK(r30->from == d(2011, 11, 10));
  CHECK(r30->to == last);
  auto r90 = preset_range(DatePreset::kLast90, first, last);
  CHECK(r90->from == d(2011, 9, 11));
  auto year = preset_range(DatePreset::kThisYear, first, last);
  CHECK(year->from == d(2011, 1, 1));
  // Data starting in March: "this year" starts with the data.
  CHECK(preset_range(DatePreset::kThisYear, d(2011, 3, 5), last)->from == d(2011, 3, 5));
  CHECK_FALSE(preset_range(DatePreset::kAll, first, last));
  Filter f;
  apply_preset(f, DatePreset::kLast30, first, last);
  CHECK(*f.from == d(2011, 11, 10));
  apply_preset(f, DatePreset::kAll, first, last);
  CHECK_FALSE(f.from);
  CHECK_FALSE(f.to);
}

TEST_CASE("a clicked month covers its first to last day") {
  DateRange feb = month_range(month_index(2011, 2));
  CHECK(feb.from == d(2011, 2, 1));
  CHECK(feb.to == d(2011, 2, 28));
  CHECK(month_range(month_index(2012, 2)).to == d(2012, 2, 29));
  Filter f;
  f.from = feb.from;
  f.to = feb.to;
  CHECK(is_month(f, month_index(2011, 2)));
  CHECK_FALSE(is_month(f, month_index(2011, 3)));
}

TEST_CASE("values toggle and become chips; removing a chip removes the filter") {
  Filter f;
  CHECK(toggle_value(f, Dimension::kCountry, "France"));
  CHECK(toggle_value(f, Dimension::kCountry, "Germany"));
  CHECK(toggle_value(f, Dimension::kPayment, "PayPal"));
  CHECK_FALSE(toggle_value(f, Dimension::kCountry, "Germany"));  // removed again
  CHECK(f.countries == std::vector<std::string>{"France"});
  f.from = d(2011, 3, 1);
  f.to = d(2011, 3, 31);
  auto chips = filter_chips(f, DatePreset::kMonth);
  REQUIRE(chips.size() == 3);
  CHECK(chips[0].date);
  CHECK(chips[0].label == "Mar 2011");
  CHECK(chips[1].key == "countries:France");
  CHECK(chips[2].key == "payment_types:PayPal");
  remove_chip(f, chips[0]);
  CHECK_FALSE(f.from);
  remove_chip(f, chips[1]);
  CHECK(f.countries.empty());
  CHECK(f.payment_types.size() == 1);
}

TEST_CASE("the date chip names a relative preset, else the range") {
  Filter f;
  f.from = d(2011, 11, 10);
  f.to = d(2011, 12, 9);
  CHECK(filter_chips(f, DatePreset::kLast30)[0].label == "Last 30 days");
  CHECK(filter_chips(f, DatePreset::kCustom)[0].label == "10 Nov \xE2\x80\x93 9 Dec 2011");
  f.to.reset();
  CHECK(filter_chips(f, DatePreset::kCustom)[0].label == "From 10 Nov 2011");
}

TEST_CASE("filters compare by value; dates can be dropped for context") {
  Filter a, b;
  a.countries = {"France"};
  b.countries = {"France"};
  CHECK(filters_equal(a, b));
  b.from = d(2011, 1, 1);
  CHECK_FALSE(filters_equal(a, b));
  CHECK(filters_equal(a, without_dates(b)));
}

TEST_CASE("custom dates are ISO only") {
  CHECK(parse_iso_day("2011-03-05") == d(2011, 3, 5));
  CHECK(parse_iso_day(" 2011-3-5 ") == d(2011, 3, 5));
  CHECK_FALSE(parse_iso_day("2011-02-30"));
  CHECK_FALSE(parse_iso_day("05/03/2011"));
  CHECK_FALSE(parse_iso_day("2011-03-05 10:00"));
  CHECK_FALSE(parse_iso_day(""));
}

TEST_CASE("segment and cohort filters compare, show as chips and clear from them") {
  Filter a, b;
  b.segments = {"At Risk"};
  CHECK_FALSE(filters_equal(a, b));
  a.segments = {"At Risk"};
  a.cohort = month_index(2011, 3);
  CHECK_FALSE(filters_equal(a, b));
  const std::vector<FilterChip> chips = filter_chips(a, DatePreset::kAll);
  REQUIRE(chips.size() == 2);
  CHECK(chips[0].key == "segments:At Risk");
  CHECK(chips[0].label == "At Risk");
  CHECK(chips[1].key == "cohort");
  CHECK(chips[1].label == "Cohort Mar 2011");
  remove_chip(a, chips[1]);
  CHECK_FALSE(a.cohort.has_value());
  remove_chip(a, chips[0]);
  CHECK(a.segments.empty());
}
