// Schema constraints: keys, references, unknown members and CHECKs hold on a
// real build, and SQLite refuses rows that break them.
#include <doctest.h>

#include "ingest/demo_shop.h"
#include "support/test_data.h"
#include "warehouse/schema_ddl.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;

namespace {

Database demo_warehouse() {
  DemoOptions o;
  o.lines = 3000;
  o.seed = 9;
  auto store = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(store.ok());
  return test::build_warehouse(*store);
}

}  // namespace

TEST_CASE("every declared reference resolves (PRAGMA foreign_key_check)") {
  Database db = demo_warehouse();
  auto st = db.prepare("PRAGMA foreign_key_check");
  REQUIRE(st.ok());
  int violations = 0;
  while (*st->step()) ++violations;
  CHECK(violations == 0);
}

TEST_CASE("every reference, declared or not, resolves") {
  Database db = demo_warehouse();
  for (const ForeignKey& fk : warehouse_foreign_keys()) {
    const std::string t(fk.table), c(fk.column), p(fk.parent_table), pc(fk.parent_column);
    CAPTURE(t + "." + c);
    CHECK(q(db, "SELECT count(*) FROM " + t + " WHERE " + c + " IS NOT NULL AND " + c + " NOT IN (SELECT " + pc +
                    " FROM " + p + ")") == 0);
  }
}

TEST_CASE("every dimension has its unknown member with key 0") {
  Database db = demo_warehouse();
  CHECK(q(db, "SELECT count(*) FROM dim_date WHERE date_key = 0 AND date = 'unknown'") == 1);
  CHECK(q(db, "SELECT count(*) FROM dim_product WHERE product_key = 0 AND sku = 'unknown'") == 1);
  CHECK(q(db, "SELECT count(*) FROM dim_geography WHERE geography_key = 0 AND country = 'unknown'") == 1);
  CHECK(q(db, "SELECT count(*) FROM dim_channel WHERE channel_key = 0 AND channel = 'unknown'") == 1);
  CHECK(q(db, "SELECT count(*) FROM dim_payment WHERE payment_key = 0 AND payment_type = 'unknown'") == 1);
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE customer_key = 0 AND customer_version_key = 0 "
              "AND customer_id = '(guest)' AND is_current = 1") == 1);
  // Guest lines point at it.
  CHECK(q(db, "SELECT count(*) FROM fact_sales WHERE customer_key = 0") > 0);
}

TEST_CASE("surrogate keys are dense: 0 .. n - 1 in every dimension") {
  Database db = demo_warehouse();
  for (const char* t : {"dim_product", "dim_geography", "dim_channel", "dim_payment"}) {
    CAPTURE(t);
    const std::string key = std::string(t).substr(4) + "_key";
    CHECK(q(db, "SELECT max(" + key + ") + 1 - count(*) FROM " + t) == 0);
  }
  CHECK(q(db, "SELECT max(customer_key) + 1 - count(DISTINCT customer_key) FROM dim_customer") == 0);
  CHECK(q(db, "SELECT max(line_key) - count(*) FROM fact_sales") == 0);
  CHECK(q(db, "SELECT max(order_key) - count(*) FROM fact_orders") == 0);
}

TEST_CASE("natural keys are unique") {
  Database db = demo_warehouse();
  for (const NaturalKey& k : warehouse_natural_keys()) {
    const std::string t(k.table), cols(k.columns), key(k.surrogate);
    CAPTURE(t);
    CHECK(q(db, "SELECT count(*) FROM (SELECT 1 FROM " + t + " WHERE " + key + " > 0 GROUP BY " + cols +
                    " HAVING count(*) > 1)") == 0);
  }
}

TEST_CASE("SQLite refuses rows that break the constraints") {
  Database db = demo_warehouse();
  // A line kind outside sale / return / excluded.
  CHECK_FALSE(db.exec("UPDATE fact_sales SET line_kind = 'gift' WHERE line_key = 1").ok());
  // A second row with a key that exists.
  CHECK_FALSE(db.exec("INSERT INTO dim_date (date_key, date) VALUES (0, 'again')").ok());
  // A second product with the same SKU.
  CHECK_FALSE(db.exec("INSERT INTO dim_product (product_key, sku) SELECT 99999, sku FROM dim_product WHERE product_key = 1").ok());
  // Two current versions of one customer.
  CHECK_FALSE(db.exec("INSERT INTO dim_customer (customer_version_key, customer_key, customer_id, geography_key, valid_from, "
                      "valid_to, is_current) VALUES (99999, 1, 'x', 0, '2000-01-01', '9999-12-31', 1)").ok());
  // A second order with the same order id.
  CHECK_FALSE(db.exec("INSERT INTO fact_orders SELECT 99999, order_id, date_key, time_of_day, customer_key, geography_key, "
                      "channel_key, payment_key, order_kind, first_line_key, line_count, item_count, units, gross_e4, "
                      "discount_e4, revenue_e4, return_units, return_value_e4, cost_e4, file_key, load_id "
                      "FROM fact_orders WHERE order_key = 1").ok());
  // NOT NULL.
  CHECK_FALSE(db.exec("UPDATE fact_sales SET product_key = NULL WHERE line_key = 1").ok());
}
