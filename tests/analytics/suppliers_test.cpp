// Suppliers by hand on tests/data/csv/suppliers_cost_returns.csv:
//   Acme:   O1 P1 2 x 10 = 20 (cost 6 each → 12), O2 P2 1 x 30 = 30 (cost 20); return C1 P1 1 x 10
//           revenue 50, cost 32, margin 18 (36 %), orders 2, products 2, units 3, returns 10 (20 %)
//   Globex: O1 P3 4 x 5 = 20 (one line without cost) → margin null; orders 1
//   P4 has no supplier: O3 1 x 8 = 8 → the "(no supplier)" row
// Revenue 78.
#include <doctest.h>

#include <map>
#include <set>
#include <string>

#include "analytics/suppliers.h"
#include "support/test_data.h"

using namespace starcart;

TEST_CASE("suppliers: revenue, margin only when every line has a cost, return rate") {
  FactStore s = test::load_fixture("csv/suppliers_cost_returns.csv");
  FactIndex x = build_fact_index(s);
  Suppliers r = compute_suppliers(x, select_lines(s, Filter{}));
  REQUIRE(r.has_suppliers);
  CHECK(r.has_cost);
  CHECK_FALSE(r.has_stock);
  REQUIRE(r.rows.size() == 3);
  const SupplierRow& acme = r.rows[0];
  CHECK(acme.name == "Acme");
  CHECK(acme.revenue == 50 * kMoneyScale);
  CHECK(acme.revenue_share == doctest::Approx(50.0 / 78));
  CHECK(acme.orders == 2);
  CHECK(acme.products == 2);
  CHECK(acme.units == 3);
  REQUIRE(acme.margin);
  CHECK(*acme.margin == 18 * kMoneyScale);
  CHECK(*acme.margin_rate == doctest::Approx(0.36));
  CHECK(acme.return_value == 10 * kMoneyScale);
  CHECK(*acme.return_rate == doctest::Approx(0.2));
  CHECK(r.rows[1].name == "Globex");
  CHECK(r.rows[1].revenue == 20 * kMoneyScale);
  CHECK_FALSE(r.rows[1].margin);
  CHECK(r.rows[2].id == 0);
  CHECK(r.rows[2].revenue == 8 * kMoneyScale);
}

TEST_CASE("suppliers: the supplier filter keeps the lines of its products") {
  FactStore s = test::load_fixture("csv/suppliers_cost_returns.csv");
  Filter f;
  f.suppliers = {"Globex"};
  Selection sel = select_lines(s, f);
  REQUIRE(sel.lines.size() == 2);  // O1 P3: two lines
  for (uint32_t i : sel.lines) CHECK(s.products.at(s.product[i]) == "P3");
  f.suppliers = {"Nobody"};
  CHECK(select_lines(s, f).lines.empty());
}

TEST_CASE("suppliers: distinct orders and products per supplier, with few suppliers and with more than 64") {
  // Orders of three lines from suppliers chosen in turn, some orders with
  // one supplier twice; the expected counts come from sets of (supplier,
  // order) and (supplier, product) built here, line by line.
  for (int suppliers : {5, 70}) {
    std::string csv = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,Supplier\n";
    std::map<std::string, std::set<std::string>> orders, products;
    for (int o = 0; o < 300; ++o) {
      for (int k = 0; k < 3; ++k) {
        const int p = (o * 7 + k * (o % 2 ? 0 : 11)) % (2 * suppliers);  // odd orders: one product three times
        const std::string sup = "S" + std::to_string(p % suppliers), sku = "P" + std::to_string(p);
        csv += "O" + std::to_string(o) + "," + sku + ",Item,1,2024-03-" + std::to_string(1 + o % 28) + " 10:00,2.00,C" +
               std::to_string(o % 40) + ",France," + sup + "\n";
        orders[sup].insert("O" + std::to_string(o));
        products[sup].insert(sku);
      }
    }
    auto s = test::load_csv("many_suppliers.csv", csv);
    REQUIRE(s.ok());
    const FactIndex x = build_fact_index(*s);
    const Suppliers r = compute_suppliers(x, select_lines(*s, Filter{}));
    REQUIRE(r.rows.size() == orders.size());
    for (const SupplierRow& row : r.rows) {
      const std::string name(row.name);
      CHECK(row.orders == static_cast<int64_t>(orders[name].size()));
      CHECK(row.products == static_cast<int64_t>(products[name].size()));
    }
  }
}
