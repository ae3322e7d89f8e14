// Series by hand on tests/data/csv/daily_gap_weekday_hour.csv: in June 2024
// day d has a sale of d.00 at 10:15, except June 10 (no sale) and June 3
// (two orders: 1.00 at 10:15 and 2.00 at 16:45). Odd days are customer 2001,
// even days 2002. One more sale of 12.00 on 2023-06-15 (a Thursday).
// June 1, 2024 is a Saturday.
#include <doctest.h>

#include "analytics/trends.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

Money m(const char* s) { return *parse_money(s); }

Filter june_2024() {
  Filter f;
  f.from = days_from_civil(2024, 6, 1);
  return f;
}

}  // namespace

TEST_CASE("daily series without gaps, with a day that has no sale") {
  FactStore s = test::load_fixture("csv/daily_gap_weekday_hour.csv");
  FactIndex x = build_fact_index(s);
  Trends t = compute_trends(x, select_lines(s, june_2024()));
  REQUIRE(t.daily.size() == 30);
  CHECK(format_iso_date(t.daily[0].day) == "2024-06-01");
  CHECK(t.daily[9].revenue == 0);  // June 10
  CHECK(t.daily[9].orders == 0);
  CHECK(t.daily[2].revenue == m("3"));  // June 3: 1.00 + 2.00
  CHECK(t.daily[2].orders == 2);
  CHECK(t.daily[2].customers == 1);
  CHECK(t.daily[2].aov == m("1.5"));
}

TEST_CASE("7- and 28-day trailing moving averages over calendar days") {
  FactStore s = test::load_fixture("csv/daily_gap_weekday_hour.csv");
  FactIndex x = build_fact_index(s);
  Trends t = compute_trends(x, select_lines(s, june_2024()));
  REQUIRE(t.daily.size() == 30);
  CHECK_FALSE(t.daily[5].revenue_ma7.has_value());    // June 6: fewer than 7 days
  CHECK(*t.daily[6].revenue_ma7 == m("4"));           // June 7: (1+…+7) / 7 = 28 / 7
  CHECK(*t.daily[9].revenue_ma7 == m("5.5714"));      // June 10: (4+5+6+7+8+9+0) / 7 = 39 / 7
  CHECK(*t.daily[29].revenue_ma7 == m("27"));         // June 30: (24+…+30) / 7 = 189 / 7
  CHECK(*t.daily[6].orders_ma7 == doctest::Approx(8.0 / 7));   // June 3 has two orders
  CHECK(*t.daily[9].orders_ma7 == doctest::Approx(6.0 / 7));
  CHECK_FALSE(t.daily[26].revenue_ma28.has_value());  // June 27
  CHECK(*t.daily[27].revenue_ma28 == m("14.1429"));   // (406 − 10) / 28 = 14.142857…
  CHECK(*t.daily[29].revenue_ma28 == m("16.1429"));   // (465 − 1 − 2 − 10) / 28 = 452 / 28
}

TEST_CASE("ISO weeks start on Monday; the first week is cut by the filter") {
  FactStore s = test::load_fixture("csv/daily_gap_weekday_hour.csv");
  FactIndex x = build_fact_index(s);
  Trends t = compute_trends(x, select_lines(s, june_2024()));
  REQUIRE(t.weekly.size() == 5);
  CHECK(format_iso_date(t.weekly[0].start) == "2024-05-27");
  CHECK(t.weekly[0].week.year == 2024);
  CHECK(t.weekly[0].week.week == 22);
  CHECK(t.weekly[0].revenue == m("3"));    // Sat 1 + Sun 2
  CHECK(t.weekly[0].customers == 2);
  CHECK(t.weekly[1].week.week == 23);
  CHECK(t.weekly[1].revenue == m("42"));   // 3+4+…+9
  CHECK(t.weekly[1].orders == 8);
  CHECK(t.weekly[2].revenue == m("81"));   // 11+…+16 (no sale on the 10th)
  CHECK(t.weekly[3].revenue == m("140"));  // 17+…+23
  CHECK(t.weekly[4].revenue == m("189"));  // 24+…+30
  REQUIRE(t.monthly.size() == 1);
  CHECK(t.monthly[0].revenue == m("455"));  // 465 − 10
  CHECK(t.monthly[0].orders == 30);
  CHECK(t.monthly[0].customers == 2);
  CHECK(t.monthly[0].aov == m("15.1667"));  // 455 / 30
}

TEST_CASE("weekday x hour activity") {
  FactStore s = test::load_fixture("csv/daily_gap_weekday_hour.csv");
  FactIndex x = build_fact_index(s);
  WeekdayHour w = weekday_hour(x, select_lines(s, june_2024()));
  auto cell = [](int weekday, int hour) { return static_cast<size_t>(weekday * 24 + hour); };
  // Mondays: June 3 (1.00 at 10:15), 17, 24 at 10:15; June 3's 2.00 at 16:45.
  CHECK(w.revenue[cell(0, 10)] == m("42"));
  CHECK(w.orders[cell(0, 10)] == 3);
  CHECK(w.revenue[cell(0, 16)] == m("2"));
  CHECK(w.orders[cell(0, 16)] == 1);
  CHECK(w.revenue[cell(1, 10)] == m("58"));  // Tuesdays 4+11+18+25
  CHECK(w.revenue[cell(2, 10)] == m("62"));  // 5+12+19+26
  CHECK(w.revenue[cell(3, 10)] == m("66"));  // 6+13+20+27
  CHECK(w.revenue[cell(4, 10)] == m("70"));  // 7+14+21+28
  CHECK(w.revenue[cell(5, 10)] == m("75"));  // Saturdays 1+8+15+22+29
  CHECK(w.orders[cell(5, 10)] == 5);
  CHECK(w.revenue[cell(6, 10)] == m("80"));  // Sundays 2+9+16+23+30
  CHECK(w.lines[cell(6, 10)] == 5);
  Money total = 0;
  for (Money v : w.revenue) total += v;
  CHECK(total == m("455"));
  CHECK(w.lines_without_time == 0);
}

TEST_CASE("year-over-year overlay of the months") {
  FactStore s = test::load_fixture("csv/daily_gap_weekday_hour.csv");
  FactIndex x = build_fact_index(s);
  Trends t = compute_trends(x, select_lines(s, Filter{}));
  REQUIRE(t.year_over_year.size() == 2);
  const YearRow& y2023 = t.year_over_year[0];
  const YearRow& y2024 = t.year_over_year[1];
  CHECK(y2023.year == 2023);
  CHECK_FALSE(y2023.in_range[4]);  // May 2023: before the data
  CHECK(y2023.in_range[5]);
  CHECK(y2023.revenue[5] == m("12"));
  CHECK(y2023.in_range[11]);       // December 2023: in range, no sale
  CHECK(y2023.revenue[11] == 0);
  CHECK(y2024.revenue[5] == m("455"));
  CHECK(y2024.orders[5] == 30);
  CHECK_FALSE(y2024.in_range[6]);  // July 2024: after the data
  // The daily series spans 2023-06-15 .. 2024-06-30 without gaps: 382 days.
  CHECK(t.daily.size() == 382);
}

TEST_CASE("the trends of whole days from the sale runs equal the trends from the lines") {
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  for (const Filter& f : test::whole_day_filters(s)) {
    const Selection runs = select_lines(s, f);
    REQUIRE(runs.whole_days.has_value());
    const Selection lines = test::line_by_line(runs);
    const Trends a = compute_trends(x, runs), b = compute_trends(x, lines);
    REQUIRE(a.daily.size() == b.daily.size());
    for (size_t k = 0; k < a.daily.size(); ++k) {
      CHECK(a.daily[k].revenue == b.daily[k].revenue);
      CHECK(a.daily[k].orders == b.daily[k].orders);
      CHECK(a.daily[k].customers == b.daily[k].customers);
      CHECK(a.daily[k].revenue_ma28 == b.daily[k].revenue_ma28);
    }
    REQUIRE(a.weekly.size() == b.weekly.size());
    for (size_t k = 0; k < a.weekly.size(); ++k) {
      CHECK(a.weekly[k].revenue == b.weekly[k].revenue);
      CHECK(a.weekly[k].orders == b.weekly[k].orders);
      CHECK(a.weekly[k].customers == b.weekly[k].customers);
    }
    REQUIRE(a.monthly.size() == b.monthly.size());
    for (size_t k = 0; k < a.monthly.size(); ++k) {
      CHECK(a.monthly[k].revenue == b.monthly[k].revenue);
      CHECK(a.monthly[k].orders == b.monthly[k].orders);
      CHECK(a.monthly[k].customers == b.monthly[k].customers);
    }
    CHECK(a.weekday_hour.orders == b.weekday_hour.orders);
  }
}
