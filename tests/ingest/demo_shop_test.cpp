#include <doctest.h>

#include <algorithm>

#include "ingest/demo_shop.h"
#include "support/test_data.h"

using namespace starcart;

TEST_CASE("demo shop: exact line count, deterministic per seed") {
  DemoOptions o;
  o.lines = 3000;
  o.seed = 7;
  std::string a = generate_demo_csv(o);
  std::string b = generate_demo_csv(o);
  CHECK(a == b);
  CHECK(std::count(a.begin(), a.end(), '\n') == 3001);  // header + lines (no newline inside fields)
  o.seed = 8;
  CHECK(generate_demo_csv(o) != a);
  CHECK(a.rfind("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,Category,"
                "Channel,Campaign,PaymentType,Variant,Supplier,State\r\n", 0) == 0);
  o.format = DemoFormat::kOnlineRetail;
  CHECK(generate_demo_csv(o).rfind("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\r\n", 0) == 0);
  CHECK(demo_file_name(DemoOptions{50000, 42, DemoFormat::kFull}) == "demo-shop-50k-seed42.csv");
  CHECK(demo_file_name(DemoOptions{1000000, 42, DemoFormat::kFull}) == "demo-shop-1M-seed42.csv");
}

TEST_CASE("demo shop: what it promises to contain") {
  DemoOptions o;
  o.lines = 40000;
  std::string csv = generate_demo_csv(o);
  auto s = test::load_csv("demo.csv", csv);
  REQUIRE(s.ok());
  const LoadCounts c = s->totals();
  CHECK(c.rows_read == 40000);
  CHECK(c.rows_rejected == 0);
  CHECK(c.duplicates > 0);  // planted, as the real UCI file has them
  int64_t guests = 0, returns = 0;
  for (size_t i = 0; i < s->lines(); ++i) {
    guests += s->customer[i] == 0;
    returns += s->kind[i] == LineKind::kReturn;
  }
  const double n = static_cast<double>(s->lines());
  CHECK(guests / n > 0.15);
  CHECK(guests / n < 0.25);
  CHECK(returns / n > 0.02);
  CHECK(returns / n < 0.04);
  // 38 countries in the table; the three rarest (1 order in 1,000 each) may
  // not come up in a demo this small (about 3 orders each expected).
  CHECK(s->countries.size() - 1 <= 38);
  CHECK(s->countries.size() - 1 >= 35);
  CHECK(s->categories.size() - 1 == 8);
  CHECK(s->channels.size() - 1 == 6);
  CHECK(s->payment_types.size() - 1 == 5);
  CHECK(s->excluded_lines > 0);
  // The November peak: November revenue above October's in each year.
  for (int year : {2023, 2024}) {
    Money oct = 0, nov = 0;
    for (size_t i = 0; i < s->lines(); ++i) {
      if (s->kind[i] != LineKind::kSale) continue;
      CivilDate d = civil_from_days(s->day[i]);
      if (d.year != year) continue;
      if (d.month == 10) oct += s->value[i];
      if (d.month == 11) nov += s->value[i];
    }
    CHECK(nov > oct);
  }
}

TEST_CASE("demo shop: an A/B test in months 16-20, suppliers on every product, US and Brazilian states") {
  DemoOptions o;
  o.lines = 40000;
  auto s = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(s.ok());
  REQUIRE_FALSE(s->variant.empty());
  CHECK(s->variants.size() - 1 == 2);
  CHECK(s->variants.find("control").has_value());
  CHECK(s->suppliers.size() - 1 == 13);  // 24 slots, 13 distinct names (demo_catalogue.cpp)
  bool us_state = false, br_state = false;
  for (size_t i = 0; i < s->lines(); ++i) {
    const CivilDate d = civil_from_days(s->day[i]);
    const bool in_test = d.year == 2024 && d.month >= 4 && d.month <= 8;
    if (s->kind[i] != LineKind::kExcluded) CHECK((s->variant[i] != 0) == in_test);
    const std::string_view country = s->countries.at(s->country[i]);
    const std::string_view state = s->states.at(s->state[i]);
    if (country == "United States") us_state = us_state || state == "CA";
    if (country == "Brazil") br_state = br_state || state == "SP";
    if (country != "United States" && country != "Brazil") CHECK(state.empty());
  }
  CHECK(us_state);
  CHECK(br_state);
  for (uint32_t p = 1; p < s->products.size(); ++p) CHECK(s->product_supplier[p] != 0);
}

TEST_CASE("demo shop: the UCI format has no variant, supplier or state") {
  DemoOptions o;
  o.lines = 5000;
  o.format = DemoFormat::kOnlineRetail;
  auto s = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(s.ok());
  CHECK(s->variant.empty());
  CHECK(s->product_supplier.empty());
}
