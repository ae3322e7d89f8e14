// SalesChecks keeps a sale line's key as a bit, not 8 bytes: sale_key(k)
// must give back the key of the k-th sale line read, across gaps in the keys
// (returns, excluded lines, keys not loaded) and 64-bit word boundaries.
#include <doctest.h>

#include <string>
#include <vector>

#include "warehouse/dq_rules.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

TEST_CASE("fact_sales checks: the key of every sale line read comes back from its index") {
  auto db = Database::open_memory();
  REQUIRE(db);
  REQUIRE(db->exec("CREATE TABLE f (line_key INTEGER PRIMARY KEY, order_key INTEGER, line_number INTEGER, "
                   "date_key INTEGER, customer_key INTEGER, product_key INTEGER, quantity INTEGER, "
                   "unit_price_e4 INTEGER, line_kind TEXT)"));
  auto ins = db->prepare("INSERT INTO f VALUES (?1, ?2, 1, 20240101, 1, 1, 1, 10000, ?3)");
  REQUIRE(ins);
  // Keys from 1000 with gaps of 1 to 150 (some wider than a 64-bit word);
  // every third line a return, every seventh excluded.
  std::vector<int64_t> sale_keys;
  bool inserted = true;
  int64_t key = 1000;
  for (int i = 0; i < 3000; ++i) {
    key += 1 + (i * 37) % 150 * (i % 5 == 0 ? 1 : 0);
    const char* kind = i % 3 == 0 ? "return" : i % 7 == 0 ? "excluded" : "sale";
    if (std::string(kind) == "sale") sale_keys.push_back(key);
    ins->bind_int64(1, key);
    ins->bind_int64(2, i + 1);
    ins->bind_text(3, kind);
    inserted = inserted && ins->step().ok();
    ins->reset();
  }
  REQUIRE(inserted);
  std::vector<ProfiledColumn> columns;
  for (const char* n : {"line_key", "order_key", "line_number", "date_key", "customer_key", "product_key", "quantity",
                        "unit_price_e4", "line_kind"})
    columns.push_back(ProfiledColumn{n, ""});
  SalesChecks checks(columns);
  checks.reserve(10);  // too small on purpose: the bits grow as needed
  auto st = db->prepare("SELECT line_key, order_key, line_number, date_key, customer_key, product_key, quantity, "
                        "unit_price_e4, line_kind FROM f ORDER BY line_key");
  REQUIRE(st);
  REQUIRE(st->each_row([&] { checks.add_row(*st); }));
  checks.finish();
  REQUIRE(checks.sales.size() == sale_keys.size());
  int wrong = 0;
  for (size_t k = 0; k < sale_keys.size(); ++k) wrong += checks.sale_key(k) == sale_keys[k] ? 0 : 1;
  CHECK(wrong == 0);
  CHECK(checks.sale_key(0) == sale_keys.front());
  CHECK(checks.sale_key(sale_keys.size() - 1) == sale_keys.back());
}
