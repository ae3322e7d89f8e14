// Known layouts, loaded whole: the figures below are worked out by hand from
// the fixture rows (quantity x price - line discount; refunds as return
// lines; statuses that void an order exclude its lines).
#include <doctest.h>

#include "ingest/file_profile.h"
#include "ingest/layouts.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

// Indices of the lines of one order, in store order.
std::vector<size_t> lines_of(const FactStore& s, std::string_view order) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.lines(); ++i)
    if (s.orders.at(s.order[i]) == order) out.push_back(i);
  return out;
}

Money sum_kind(const FactStore& s, LineKind k) {
  Money m = 0;
  for (size_t i = 0; i < s.lines(); ++i)
    if (s.kind[i] == k) m += s.value[i];
  return m;
}

}  // namespace

TEST_CASE("Shopify: the layout maps Name, Created at, Lineitem columns; Total is not a line total") {
  std::string bytes = test::read_data_file("layouts/shopify_orders_export.csv");
  auto p = inspect_file("shopify_orders_export.csv", bytes);
  REQUIRE(p.ok());
  CHECK(p->layout == "Shopify orders export");
  CHECK(p->kind == FileKind::kOrderLines);
  CHECK(p->carry_down);
  RoleMap m = p->roles();
  CHECK(p->columns[static_cast<size_t>(m[Role::kOrderId])].name == "Name");
  CHECK(p->columns[static_cast<size_t>(m[Role::kOrderDate])].name == "Created at");
  CHECK(p->columns[static_cast<size_t>(m[Role::kDiscount])].name == "Lineitem discount");
  CHECK_FALSE(m.has(Role::kLineTotal));
  CHECK(p->columns[static_cast<size_t>(m[Role::kRefundAmount])].name == "Refunded Amount");
}

TEST_CASE("Shopify: order-level fields carried down, refunds as return lines, voided orders excluded") {
  FactStore s = test::load_fixture("layouts/shopify_orders_export.csv");
  CHECK(s.files[0].counts.rows_read == 4);
  CHECK(s.files[0].counts.balanced());
  auto o1 = lines_of(s, "#1001");
  REQUIRE(o1.size() == 2);
  // The second row of #1001 has no Created at, Email, Country: its first row's.
  for (size_t i : o1) {
    CHECK(s.day[i] == days_from_civil(2025, 10, 7));
    CHECK(s.customers.at(s.customer[i]) == "ann@example.com");  // email as the customer key, lower-cased
    CHECK(s.countries.at(s.country[i]) == "FR");
    CHECK(s.order_statuses.at(s.status[i]) == "paid");
    CHECK(s.payment_types.at(s.payment[i]) == "Shopify Payments");
    CHECK(s.kind[i] == LineKind::kSale);
  }
  CHECK(s.value[o1[0]] == 300000);  // 2 x 15.00
  CHECK(s.value[o1[1]] == 250000);  // 1 x 30.00 - 5.00 line discount
  REQUIRE(s.discount.size() == s.lines());  // kept: a line has a discount
  CHECK(s.discount[o1[0]] == 0);
  CHECK(s.discount[o1[1]] == 50000);
  CHECK(s.second[o1[0]] == 9 * 3600 + 50 * 60 + 26);  // the written local time (+0200 kept aside)
  auto o2 = lines_of(s, "#1002");
  REQUIRE(o2.size() == 2);
  CHECK(s.kind[o2[0]] == LineKind::kSale);
  CHECK(s.value[o2[0]] == 200000);
  CHECK(s.kind[o2[1]] == LineKind::kReturn);  // Refunded Amount 20.00, dated on Cancelled at
  CHECK(s.value[o2[1]] == 200000);
  CHECK(s.day[o2[1]] == days_from_civil(2025, 10, 9));
  CHECK(s.product[o2[1]] == 0);
  auto o3 = lines_of(s, "#1003");
  REQUIRE(o3.size() == 1);
  CHECK(s.kind[o3[0]] == LineKind::kExcluded);  // voided
  CHECK(sum_kind(s, LineKind::kSale) == 750000);
  CHECK(sum_kind(s, LineKind::kReturn) == 200000);
}

TEST_CASE("WooCommerce Analytics: one row per order, net sales spread over items sold") {
  FactStore s = test::load_fixture("layouts/woocommerce_analytics_orders.csv");
  CHECK(s.files[0].layout == "WooCommerce orders (Analytics)");
  CHECK(s.files[0].counts.rows_read == 4);
  auto a = lines_of(s, "1234");
  REQUIRE(a.size() == 1);
  CHECK(s.quantity[a[0]] == 3);
  CHECK(s.unit_price[a[0]] == 4115000);  // $1,234.50 / 3
  CHECK(s.value[a[0]] == 12345000);
  CHECK(s.campaigns.at(s.campaign[a[0]]) == "SPRING10");
  CHECK(s.customers.at(s.customer[a[0]]) == "Ann Smith");
  auto refunded = lines_of(s, "1235");
  REQUIRE(refunded.size() == 2);  // the sale and its refund
  CHECK(s.kind[refunded[0]] == LineKind::kSale);
  CHECK(s.kind[refunded[1]] == LineKind::kReturn);
  CHECK(s.value[refunded[1]] == 200000);
  CHECK(s.kind[lines_of(s, "1237")[0]] == LineKind::kExcluded);  // Cancelled
  CHECK(sum_kind(s, LineKind::kSale) == 12845000);  // 1,234.50 + 20 + 30
}

TEST_CASE("UCI Online Retail II: Invoice, Price, Customer ID; float ids; three-decimal prices") {
  FactStore s = test::load_fixture("layouts/online_retail_ii.csv");
  CHECK(s.files[0].layout == "UCI Online Retail II");
  REQUIRE(s.lines() == 5);
  CHECK(s.customers.find("13085"));
  CHECK_FALSE(s.customers.find("13085.0"));
  auto c = lines_of(s, "C489449");
  REQUIRE(c.size() == 1);
  CHECK(s.kind[c[0]] == LineKind::kReturn);
  CHECK(s.value[c[0]] == 354000);  // |-12 x 2.95|
  auto post = lines_of(s, "489450");
  CHECK(s.customer[post[0]] == 0);  // a guest
  CHECK(s.value[lines_of(s, "489451")[0]] == 20);  // 2 x 0.001 = 0.0020
  CHECK(sum_kind(s, LineKind::kSale) == 834000 + 810000 + 180000 + 20);
}

TEST_CASE("European spreadsheet: semicolons, decimal comma with euro signs, D/M/Y, totals row, empty columns") {
  FactStore s = test::load_fixture("layouts/european_semicolon_totals.csv");
  const SourceFile& f = s.files[0];
  CHECK(f.counts.rows_read == 4);
  CHECK(f.counts.rows_loaded == 3);
  CHECK(f.counts.rows_rejected == 1);
  REQUIRE(s.rejected.size() == 1);
  CHECK(s.rejected[0].line == 5);
  CHECK(s.rejected[0].reason == "a totals row ('Summe'), not an order line: Bestellnummer is empty");
  CHECK(s.value[lines_of(s, "B-2")[0]] == 12340000);  // 1.234,00 €
  CHECK(s.day[lines_of(s, "B-1")[0]] == days_from_civil(2024, 1, 3));
  CHECK(s.day[lines_of(s, "B-3")[0]] == days_from_civil(2024, 2, 4));
  CHECK(s.countries.find("\xC3\x96sterreich"));
  bool decided = false;
  for (const Decision& d : f.decisions)
    if (d.column == "Datum") {
      decided = true;
      CHECK(d.what == "dates read as D/M/Y");
      CHECK(d.supporting == 1);  // 15.01.2024 only; 03.01 and 04.02 fit both
      CHECK(d.undecided == 2);
    }
  CHECK(decided);
}

TEST_CASE("layout names come from the header; a generic file says what kind it is") {
  CHECK(detect_layout({"Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID",
                       "Country"}) == "UCI Online Retail II");
  CHECK(detect_layout({"a", "b"}) == "generic order lines");
  CHECK(is_line_item_column("lineitemprice"));
  CHECK_FALSE(is_line_item_column("email"));
}
