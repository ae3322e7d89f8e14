// The schema browser's description: tables then views, with columns, keys,
// references, row counts and what each table holds.
#include <doctest.h>

#include "warehouse/schema_info.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

TEST_CASE("the schema lists every table and view with columns, keys and row counts") {
  Database db = test::build_warehouse(test::load_fixture("csv/online_retail_small.csv"));
  auto tables = describe_schema(db);
  REQUIRE(tables.ok());
  auto find = [&](const std::string& name) -> const SchemaTable& {
    for (const SchemaTable& t : *tables)
      if (t.name == name) return t;
    FAIL("no " << name);
    return tables->front();
  };
  const SchemaTable& sales = find("fact_sales");
  CHECK(sales.kind == SchemaTable::Kind::kTable);
  CHECK(sales.rows == 10);
  CHECK(sales.columns.size() == 19);
  CHECK(sales.columns[0].name == "line_key");
  CHECK(sales.columns[0].primary_key);
  CHECK_FALSE(sales.description.empty());
  bool date_ref = false, customer_ref = false;
  for (const SchemaColumn& c : sales.columns) {
    if (c.name == "date_key") date_ref = c.references == "dim_date.date_key" && c.not_null && c.type == "INTEGER";
    if (c.name == "customer_key") customer_ref = c.references == "dim_customer.customer_key";
  }
  CHECK(date_ref);
  CHECK(customer_ref);
  CHECK(find("dim_customer").rows == 5);
  CHECK(find("fact_orders").indexes.size() == 1);
  CHECK(find("fact_orders").indexes[0] == "ux_fact_orders_order_id (order_id)");
  const SchemaTable& view = find("sales");
  CHECK(view.kind == SchemaTable::Kind::kView);
  CHECK(view.rows == -1);
  CHECK(view.columns.size() > 10);
  // Tables come before views.
  bool seen_view = false, table_after_view = false;
  for (const SchemaTable& t : *tables) {
    if (t.kind == SchemaTable::Kind::kView) seen_view = true;
    else if (seen_view) table_after_view = true;
  }
  CHECK_FALSE(table_after_view);
  // Every table of the warehouse has a description.
  for (const SchemaTable& t : *tables) CHECK_MESSAGE(!t.description.empty(), t.name);
}
