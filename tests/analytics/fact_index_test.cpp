// The once-per-load index: distinct-pair keys, first sales, ISO countries.
#include <doctest.h>

#include "analytics/fact_index.h"
#include "support/test_data.h"

using namespace starcart;

TEST_CASE("pair keys are the entity ids while every entity has one value") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  // Every order has one customer, one country, one state and one city.
  CHECK(x.order_customer.key.empty());
  CHECK(x.order_country.key.empty());
  CHECK(x.order_state.key.empty());
  CHECK(x.order_customer.count == s.orders.size());
}

TEST_CASE("an entity with two values gets one key per pair") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  // O1 is paid by credit card and gift card: (O1, Credit card) keeps O1's
  // id, (O1, Gift card) gets the first id after the orders.
  REQUIRE_FALSE(x.order_payment.key.empty());
  CHECK(x.order_payment.count == s.orders.size() + 1);
  // 3001 bought in England and Scotland (one country): two state pairs.
  CHECK(x.customer_country.key.empty());
  REQUIRE_FALSE(x.customer_state.key.empty());
  CHECK(x.customer_state.count == s.customers.size() + 1);
}

TEST_CASE("first sale of each customer in the whole data; guests have none") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  CHECK(x.first_sale[*s.customers.find("1004")] == days_from_civil(2024, 2, 10));
  CHECK(x.first_sale[*s.customers.find("1010")] == days_from_civil(2024, 1, 2));
  CHECK(x.first_sale[0] == kNoDay);
}

TEST_CASE("weekday x hour cell per line") {
  FactStore s = test::load_fixture("csv/daily_gap_weekday_hour.csv");
  FactIndex x = build_fact_index(s);
  // The first line in date order: 2023-06-15 10:15, a Thursday (3).
  CHECK(int(x.cell[0]) == 3 * 24 + 10);
}

namespace {

// The line of the sale of `order` with `sku` (tests/data/marketing/orders.csv).
uint32_t line_of(const FactStore& s, std::string_view order, std::string_view sku) {
  for (uint32_t i = 0; i < s.lines(); ++i)
    if (s.orders.at(s.order[i]) == order && s.products.at(s.product[i]) == sku) return i;
  FAIL("no line " << order << "/" << sku);
  return 0;
}

}  // namespace

TEST_CASE("first sale line: the earliest day, within a day the earlier known time") {
  FactStore s = test::load_fixture("marketing/orders.csv");
  FactIndex x = build_fact_index(s);
  // C6: O11 at 10:00 and O12 at 09:00 on 2024-02-14 (O11 first in the file).
  CHECK(x.first_sale_line[*s.customers.find("C6")] == line_of(s, "O12", "B"));
  // C1: O1 in January, before O2 in February.
  CHECK(x.first_sale_line[*s.customers.find("C1")] == line_of(s, "O1", "A"));
  CHECK(x.first_sale_line[0] == kNoLine);  // guests
}

TEST_CASE("campaign keys: one per (channel, campaign) pair of the sale lines") {
  FactStore s = test::load_fixture("marketing/orders.csv");
  FactIndex x = build_fact_index(s);
  const CampaignKeys& k = x.campaign_key;
  // Email/spring (O1, O8), Social/fb-feb (O2, O3, O12), Paid search/brand
  // (O11, O4, O9), Email/newsletter (O5, O6), none (O7); the return R1 is no sale.
  CHECK(k.count == 5);
  CHECK_FALSE(k.table.empty());  // 4 channels x 5 campaigns: a table
  CHECK(k.at(s, line_of(s, "O1", "A")) == k.at(s, line_of(s, "O8", "B")));
  CHECK(k.at(s, line_of(s, "O2", "B")) == k.at(s, line_of(s, "O12", "B")));
  CHECK(k.at(s, line_of(s, "O1", "A")) != k.at(s, line_of(s, "O5", "B")));  // Email, another campaign
  const uint32_t brand = k.at(s, line_of(s, "O9", "A"));
  CHECK(s.channels.at(k.channel[brand]) == "Paid search");
  CHECK(s.campaigns.at(k.campaign[brand]) == "brand");
  const uint32_t none = k.at(s, line_of(s, "O7", "A"));
  CHECK(k.channel[none] == 0);
  CHECK(k.campaign[none] == 0);
}

TEST_CASE("campaign keys are kept per line when the channel x campaign table would be larger") {
  // 70 channels x 70 campaigns (71 x 71 = 5,041 cells with the empty names) for 71 lines.
  std::string csv = "order_id,order_date,customer_id,sku,quantity,unit_price,channel,campaign\n";
  for (int i = 0; i < 70; ++i)
    csv += "O" + std::to_string(i) + ",2024-01-05 12:00,C1,A,1,10.00,ch" + std::to_string(i) + ",cp" +
           std::to_string(i) + "\n";
  csv += "O70,2024-01-06 12:00,C2,A,1,10.00,ch3,cp3\n";
  auto s = test::load_csv("many_channels.csv", csv);
  REQUIRE(s.ok());
  FactIndex x = build_fact_index(*s);
  const CampaignKeys& k = x.campaign_key;
  CHECK(k.table.empty());
  CHECK(k.count == 70);
  const uint32_t o3 = line_of(*s, "O3", "A"), o70 = line_of(*s, "O70", "A"), o4 = line_of(*s, "O4", "A");
  CHECK(k.at(*s, o3) == k.at(*s, o70));
  CHECK(k.at(*s, o3) != k.at(*s, o4));
  CHECK(s->channels.at(k.channel[k.at(*s, o70)]) == "ch3");
  CHECK(s->campaigns.at(k.campaign[k.at(*s, o70)]) == "cp3");
}

TEST_CASE("sale runs: one customer's sale lines of one order on one day") {
  // By hand: order 1's two lines (C1, Jan 10) are one run with a return of
  // C1's between them; order 4 (C2) has a line on Feb 14 and one on Feb 16:
  // two runs; the guest's order 6 is a run of customer 0; excluded lines
  // (price 0) and returns make none. Runs in line order:
  //   Jan 10 C1 o1 50 | Feb 10 guest o6 99 | Feb 14 C2 o4 40 |
  //   Feb 16 C2 o4 60 | Feb 16 C1 o3 10
  auto s = test::load_csv("runs.csv",
                          "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                          "1,P1,A,1,2024-01-10 10:00,30.00,C1,France\n"
                          "C9,P1,A,-1,2024-01-10 10:00,10.00,C1,France\n"
                          "1,P2,B,1,2024-01-10 10:00,20.00,C1,France\n"
                          "6,P1,A,1,2024-02-10 10:00,99.00,,France\n"
                          "8,P3,C,5,2024-02-12 10:00,0.00,C1,France\n"
                          "4,P1,A,1,2024-02-14 10:00,40.00,C2,France\n"
                          "4,P2,B,1,2024-02-16 10:00,60.00,C2,France\n"
                          "3,P2,B,2,2024-02-16 11:00,5.00,C1,France\n");
  REQUIRE(s.ok());
  const FactIndex x = build_fact_index(*s);
  const SaleRuns& r = x.sale_runs;
  const uint32_t c1 = *s->customers.find("C1"), c2 = *s->customers.find("C2");
  CHECK(r.customer == std::vector<uint32_t>{c1, 0, c2, c2, c1});
  CHECK(r.value == std::vector<Money>{*parse_money("50"), *parse_money("99"), *parse_money("40"),
                                      *parse_money("60"), *parse_money("10")});
  // Order 4's two runs share its (order, customer) key.
  CHECK(r.pair(2) == r.pair(3));
  CHECK(r.pair(0) != r.pair(4));
  CHECK(r.order[2] == *s->orders.find("4"));
  CHECK(r.units == std::vector<int64_t>{2, 1, 1, 1, 2});
  CHECK(r.lines == std::vector<uint32_t>{2, 1, 1, 1, 1});
  // Jan 10 .. Feb 16 is 38 days: 39 entries; a day's runs are
  // day_start[d] .. day_start[d + 1].
  CHECK(r.first_day == days_from_civil(2024, 1, 10));
  REQUIRE(r.day_start.size() == 39);
  auto at = [&](int month, int day) { return r.day_start[days_from_civil(2024, month, day) - r.first_day]; };
  CHECK(at(1, 10) == 0);
  CHECK(at(1, 11) == 1);
  CHECK(at(2, 10) == 1);
  CHECK(at(2, 11) == 2);
  CHECK(at(2, 12) == 2);  // only an excluded line that day
  CHECK(at(2, 14) == 2);
  CHECK(at(2, 16) == 3);
  CHECK(r.day_start.back() == 5);
}
