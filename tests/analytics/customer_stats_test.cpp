// Customer facts with a cut (the segment insight's "before" and "now" in one
// pass): expected values worked by hand from the CSV lines below.
#include <doctest.h>

#include "analytics/customer_stats.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

// C1: orders 1 (Jan 10, 30 + 20), 2 (Feb 1), 3 (Feb 20); C2: order 4 with
// one line on Feb 14 and one on Feb 16 (a run of one order that spans a
// cut on Feb 15), then order 5 (Mar 1); C3: first sale Mar 2; a guest on
// Feb 10. A return of C1's on Feb 5 is no sale.
const char* kCsv =
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
    "1,P1,A,1,2024-01-10 10:00,30.00,C1,France\n"
    "1,P2,B,1,2024-01-10 10:00,20.00,C1,France\n"
    "2,P1,A,1,2024-02-01 10:00,10.00,C1,France\n"
    "C9,P1,A,-1,2024-02-05 10:00,10.00,C1,France\n"
    "6,P1,A,1,2024-02-10 10:00,99.00,,France\n"
    "4,P1,A,1,2024-02-14 10:00,40.00,C2,France\n"
    "4,P2,B,1,2024-02-16 10:00,60.00,C2,France\n"
    "3,P2,B,2,2024-02-20 10:00,5.00,C1,France\n"
    "5,P1,A,1,2024-03-01 10:00,7.00,C2,France\n"
    "7,P2,B,1,2024-03-02 10:00,8.00,C3,France\n";

Money m(const char* s) { return *parse_money(s); }

}  // namespace

TEST_CASE("customer facts up to a cut, taken in the pass over all the lines") {
  auto s = test::load_csv("cut.csv", kCsv);
  REQUIRE(s.ok());
  const FactIndex x = build_fact_index(*s);
  const Selection all = select_lines(*s, Filter{});
  const uint32_t c1 = *s->customers.find("C1"), c2 = *s->customers.find("C2"), c3 = *s->customers.find("C3");
  CustomerStats before;
  const CustomerStats now = compute_customer_stats(x, all, days_from_civil(2024, 2, 15), before);

  // Up to Feb 15: C1 has orders 1 and 2 (60), C2 the first line of order 4.
  CHECK(before.of[c1].orders == 2);
  CHECK(before.of[c1].revenue == m("60"));
  CHECK(before.of[c1].first_day == days_from_civil(2024, 1, 10));
  CHECK(before.of[c1].last_day == days_from_civil(2024, 2, 1));
  CHECK(before.of[c2].orders == 1);
  CHECK(before.of[c2].revenue == m("40"));
  CHECK(before.of[c2].last_day == days_from_civil(2024, 2, 14));
  CHECK(before.of[c3].first_day == kNoDay);
  CHECK(before.active == std::vector<uint32_t>{c1, c2});
  CHECK(before.last_sale_day == days_from_civil(2024, 2, 14));

  // All of it: order 4 is one order of C2's (100), C1 has 70 in 3 orders.
  CHECK(now.of[c1].orders == 3);
  CHECK(now.of[c1].revenue == m("70"));
  CHECK(now.of[c1].last_day == days_from_civil(2024, 2, 20));
  CHECK(now.of[c2].orders == 2);
  CHECK(now.of[c2].revenue == m("107"));
  CHECK(now.of[c2].last_day == days_from_civil(2024, 3, 1));
  CHECK(now.of[c3].revenue == m("8"));
  CHECK(now.active == std::vector<uint32_t>{c1, c2, c3});
  CHECK(now.last_sale_day == days_from_civil(2024, 3, 2));

  // A cut after the last line: both are everything.
  CustomerStats late;
  compute_customer_stats(x, all, days_from_civil(2024, 12, 31), late);
  CHECK(late.of[c2].revenue == m("107"));
  CHECK(late.active.size() == 3);
}

TEST_CASE("the customer pass counts the cohorts and the revenue per day on the way") {
  // The lines above, by hand. Cohorts (guests in none): C1 Jan (Jan 50;
  // Feb orders 2 and 3: 10 + 2 x 5 = 20; no March sale), C2 Feb (order 4:
  // 100; March 7), C3 Mar (8). Revenue per day from Jan 10 (the first
  // line) to Mar 2: 22 + 29 + 2 = 53 days; the guest's 99 is in it, the
  // return is not.
  auto s = test::load_csv("cut.csv", kCsv);
  REQUIRE(s.ok());
  const FactIndex x = build_fact_index(*s);
  const Selection all = select_lines(*s, Filter{});
  CohortCounter cohorts;
  cohorts.reset(*s, all);
  DailyRevenue daily;
  daily.reset(*s, all);
  CustomerPassExtras extras;
  extras.cohorts = &cohorts;
  extras.daily = &daily;
  CustomerStats before;
  const CustomerStats now = compute_customer_stats(x, all, days_from_civil(2024, 2, 15), &before, extras);
  CHECK(now.of[*s->customers.find("C2")].revenue == m("107"));  // the facts as without extras
  CHECK(before.of[*s->customers.find("C2")].revenue == m("40"));

  const Cohorts c = cohorts.finish();
  REQUIRE(c.rows.size() == 3);
  CHECK(format_month_key(c.rows[0].cohort) == "2024-01");
  CHECK(c.rows[0].size == 1);
  CHECK(c.rows[0].active == std::vector<int64_t>{1, 1, 0});
  CHECK(c.rows[0].revenue == std::vector<Money>{m("50"), m("20"), 0});
  CHECK(c.rows[1].active == std::vector<int64_t>{1, 1});
  CHECK(c.rows[1].revenue == std::vector<Money>{m("100"), m("7")});
  CHECK(c.rows[2].revenue == std::vector<Money>{m("8")});

  REQUIRE(daily.cents.size() == 53);
  CHECK(daily.origin == days_from_civil(2024, 1, 10));
  auto on = [&](int month, int day) { return daily.cents[days_from_civil(2024, month, day) - daily.origin]; };
  CHECK(on(1, 10) == m("50"));
  CHECK(on(2, 5) == 0);
  CHECK(on(2, 10) == m("99"));
  CHECK(on(2, 16) == m("60"));
  CHECK(on(2, 20) == m("10"));
  CHECK(on(3, 2) == m("8"));
  Money total = 0;
  for (Money v : daily.cents) total += v;
  CHECK(total == m("284"));  // 50 + 10 + 99 + 40 + 60 + 10 + 7 + 8
}

TEST_CASE("an order over a month's end is in both months' cohort cells") {
  // C1's order 1 has a line on Jan 31 (30) and one on Feb 1 (20): cohort
  // January, active in January (30) and February (20, and order 2's 5).
  auto s = test::load_csv("month_end.csv",
                          "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                          "1,P1,A,1,2024-01-31 23:50,30.00,C1,France\n"
                          "1,P2,B,1,2024-02-01 00:10,20.00,C1,France\n"
                          "2,P1,A,1,2024-02-03 10:00,5.00,C1,France\n");
  REQUIRE(s.ok());
  const FactIndex x = build_fact_index(*s);
  const Selection all = select_lines(*s, Filter{});
  CohortCounter cohorts;
  cohorts.reset(*s, all);
  CustomerPassExtras extras;
  extras.cohorts = &cohorts;
  const CustomerStats facts = compute_customer_stats(x, all, 0, nullptr, extras);
  CHECK(facts.of[*s->customers.find("C1")].orders == 2);
  const Cohorts c = cohorts.finish();
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0].active == std::vector<int64_t>{1, 1});
  CHECK(c.rows[0].revenue == std::vector<Money>{m("30"), m("25")});
}

TEST_CASE("on the demo shop the pass's cohorts and daily sums are those computed alone") {
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  Filter germany;
  germany.countries = {"Germany"};
  Filter year;
  year.from = s.last_day - 364;
  for (const Filter& f : {Filter{}, germany, year}) {
    const Selection sel = select_lines(s, f);
    CohortCounter cohorts;
    cohorts.reset(s, sel);
    DailyRevenue daily;
    daily.reset(s, sel);
    CustomerPassExtras extras;
    extras.cohorts = &cohorts;
    extras.daily = &daily;
    CustomerStats before, plain_before;
    const CustomerStats now = compute_customer_stats(x, sel, s.last_day - 60, &before, extras);
    const CustomerStats plain = compute_customer_stats(x, sel, s.last_day - 60, plain_before);
    CHECK(now.active == plain.active);
    CHECK(before.active == plain_before.active);
    for (uint32_t c : plain.active) CHECK(now.of[c].revenue == plain.of[c].revenue);
    const Cohorts alone = compute_cohorts(x, sel);
    const Cohorts fused = cohorts.finish();
    REQUIRE(fused.rows.size() == alone.rows.size());
    for (size_t r = 0; r < alone.rows.size(); ++r) {
      CHECK(fused.rows[r].active == alone.rows[r].active);
      CHECK(fused.rows[r].revenue == alone.rows[r].revenue);
    }
    const DailyRevenue sums = daily_revenue(x, sel);
    CHECK(daily.origin == sums.origin);
    CHECK(daily.cents == sums.cents);
  }
}

TEST_CASE("a selection of whole days is read from the sale runs: the same facts as from its lines") {
  // The line pass (a selection without whole_days) is the independent
  // method: facts, the facts up to the cut, cohorts and sums per day must
  // be equal, on the demo shop, for all lines and for date ranges.
  const FactStore& s = test::demo_store();
  const FactIndex x = build_fact_index(s);
  for (const Filter& f : test::whole_day_filters(s)) {
    const Selection runs = select_lines(s, f);
    REQUIRE(runs.whole_days.has_value());
    const Selection lines = test::line_by_line(runs);
    struct Pass {
      CustomerStats now, before;
      Cohorts cohorts;
      DailyRevenue daily;
    };
    auto pass = [&](const Selection& sel) {
      Pass p;
      CohortCounter cohorts;
      cohorts.reset(s, sel);
      p.daily.reset(s, sel);
      CustomerPassExtras extras;
      extras.cohorts = &cohorts;
      extras.daily = &p.daily;
      p.now = compute_customer_stats(x, sel, s.last_day - 150, &p.before, extras);
      p.cohorts = cohorts.finish();
      return p;
    };
    const Pass a = pass(runs), b = pass(lines);
    for (const auto& [ra, rb] : {std::pair{&a.now, &b.now}, std::pair{&a.before, &b.before}}) {
      CHECK(ra->active == rb->active);
      CHECK(ra->last_sale_day == rb->last_sale_day);
      REQUIRE(ra->of.size() == rb->of.size());
      for (size_t c = 0; c < ra->of.size(); ++c) {
        CHECK(ra->of[c].first_day == rb->of[c].first_day);
        CHECK(ra->of[c].last_day == rb->of[c].last_day);
        CHECK(ra->of[c].orders == rb->of[c].orders);
        CHECK(ra->of[c].revenue == rb->of[c].revenue);
      }
    }
    REQUIRE(a.cohorts.rows.size() == b.cohorts.rows.size());
    for (size_t r = 0; r < a.cohorts.rows.size(); ++r) {
      CHECK(a.cohorts.rows[r].size == b.cohorts.rows[r].size);
      CHECK(a.cohorts.rows[r].active == b.cohorts.rows[r].active);
      CHECK(a.cohorts.rows[r].revenue == b.cohorts.rows[r].revenue);
    }
    CHECK(a.daily.origin == b.daily.origin);
    CHECK(a.daily.cents == b.daily.cents);
    CHECK_FALSE(a.now.active.empty());
  }
}

TEST_CASE("only a date range or no filter selects whole days") {
  auto s = test::load_csv("cut.csv", kCsv);
  REQUIRE(s.ok());
  Filter feb;
  feb.from = days_from_civil(2024, 2, 1);
  feb.to = days_from_civil(2024, 2, 29);
  const Selection all = select_lines(*s, Filter{}), in_feb = select_lines(*s, feb);
  REQUIRE(all.whole_days.has_value());
  CHECK(all.whole_days->from == days_from_civil(2024, 1, 10));  // the first and last lines' days
  CHECK(all.whole_days->to == days_from_civil(2024, 3, 2));
  REQUIRE(in_feb.whole_days.has_value());
  CHECK(in_feb.whole_days->from == days_from_civil(2024, 2, 1));
  CHECK(in_feb.whole_days->to == days_from_civil(2024, 2, 20));
  Filter france = feb;
  france.countries = {"France"};  // keeps every line here, but is no date range
  CHECK_FALSE(select_lines(*s, france).whole_days.has_value());
  // The facts of February from the runs, by hand: C1 10 + 10 (orders 2
  // and 3), C2 40 + 60 (order 4), the guest's 99 in no customer's.
  const FactIndex x = build_fact_index(*s);
  const CustomerStats facts = compute_customer_stats(x, in_feb);
  CHECK(facts.of[*s->customers.find("C1")].revenue == m("20"));
  CHECK(facts.of[*s->customers.find("C1")].orders == 2);
  CHECK(facts.of[*s->customers.find("C1")].first_day == days_from_civil(2024, 2, 1));
  CHECK(facts.of[*s->customers.find("C2")].revenue == m("100"));
  CHECK(facts.of[*s->customers.find("C2")].orders == 1);
  CHECK(facts.active.size() == 2);
  CHECK(facts.last_sale_day == days_from_civil(2024, 2, 20));
}
