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
