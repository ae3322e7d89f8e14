// The Warehouse object the UI and the CLI use: build, append, read back as
// structs, export and reopen.
#include <doctest.h>

#include "warehouse/warehouse.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

TEST_CASE("build, append, read the audit and the quality report, export and reopen") {
  auto w = Warehouse::create();
  REQUIRE(w.ok());
  FactStore jan = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  auto first = w->load_now(jan, test::fixed_options());
  REQUIRE(first.ok());
  CHECK(first->first_build);
  CHECK(first->lines_appended == 6);

  auto bytes = w->export_sqlite();
  REQUIRE(bytes.ok());
  auto reopened = Warehouse::from_sqlite_bytes(*bytes);
  REQUIRE(reopened.ok());
  FactStore feb = test::load_fixtures({"csv/shop_export_2024_02_newer_with_moved_customer.csv"});
  auto second = reopened->load_now(feb, test::fixed_options());
  REQUIRE(second.ok());
  CHECK(second->lines_appended == 4);

  auto audit = reopened->load_audit();
  REQUIRE(audit.ok());
  REQUIRE(audit->size() == 2);
  CHECK((*audit)[0].file_name == "shop_export_2024_01.csv");
  CHECK((*audit)[1].load_id == 2);
  CHECK((*audit)[1].lines_already_loaded == 6);
  for (const FileAudit& f : *audit) CHECK(f.balanced());

  auto quality = reopened->quality_report();
  REQUIRE(quality.ok());
  CHECK_FALSE(quality->rules.empty());
  CHECK_FALSE(quality->columns.empty());
  auto page = reopened->query("SELECT count(*) FROM fact_orders");
  REQUIRE(page.ok());
  CHECK(page->rows.at(0).at(0) == SqlValue::of_integer(9));
  auto csv = reopened->export_table_csv("dim_payment");
  REQUIRE(csv.ok());
  CHECK(csv->find("Gift card") != std::string::npos);
  auto schema = reopened->schema();
  REQUIRE(schema.ok());
  CHECK(schema->size() > 20);
}

TEST_CASE("bytes that hold no warehouse are refused") {
  auto empty = Database::open_memory();
  REQUIRE(empty.ok());
  REQUIRE(empty->exec("CREATE TABLE other (x)").ok());
  auto bytes = empty->serialize();
  REQUIRE(bytes.ok());
  auto w = Warehouse::from_sqlite_bytes(*bytes);
  REQUIRE_FALSE(w.ok());
  CHECK(w.error().message.find("no starcart warehouse") != std::string::npos);
  CHECK_FALSE(Warehouse::from_sqlite_bytes("not a database").ok());
}
