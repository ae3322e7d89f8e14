// CSV exports follow RFC 4180: a header row, CRLF, quotes only where a field
// needs them (comma, quote, CR, LF), quotes doubled inside, UTF-8 untouched.
#include <doctest.h>

#include "warehouse/csv_export.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

TEST_CASE("fields are quoted only when they need it") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("with space") == "with space");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field("\xC2\xA3" "5 caf\xC3\xA9") == "\xC2\xA3" "5 caf\xC3\xA9");  // £5 café, bytes as they are
  CHECK(csv_field("") == "");
  // NULL is an empty field, empty text a quoted one.
  CHECK(csv_value(SqlValue::null_value()) == "");
  CHECK(csv_value(SqlValue::of_text("")) == "\"\"");
  CHECK(csv_value(SqlValue::of_integer(-12)) == "-12");
}

TEST_CASE("a query result as CSV: header, CRLF, quoting") {
  Database db = test::build_warehouse(test::load_fixture("csv/online_retail_small.csv"));
  auto csv = query_to_csv(db,
                          "SELECT order_id, name AS \"product, name\", quantity FROM fact_sales "
                          "JOIN dim_product USING (product_key) WHERE order_id IN ('536366', '536382') ORDER BY line_key");
  REQUIRE(csv.ok());
  CHECK(*csv ==
        "order_id,\"product, name\",quantity\r\n"
        "536366,\"HAND WARMER, UNION JACK\",6\r\n"
        "536382,,-12\r\n");
}

TEST_CASE("money columns can be written as decimals for spreadsheets") {
  Database db = test::build_warehouse(test::load_fixtures({"csv/money_three_decimals_half_cent.csv"}));
  CsvOptions o;
  o.money_as_decimal = true;
  auto csv = query_to_csv(db, "SELECT order_id, revenue_e4 FROM fact_orders WHERE order_id IN ('2001', '2005') ORDER BY 1", o);
  REQUIRE(csv.ok());
  CHECK(*csv == "order_id,revenue\r\n2001,7.672\r\n2005,2.555\r\n");
  o.money_as_decimal = false;
  o.header = false;
  csv = query_to_csv(db, "SELECT revenue_e4 FROM fact_orders WHERE order_id = '2005'", o);
  REQUIRE(csv.ok());
  CHECK(*csv == "25550\r\n");
}

TEST_CASE("a whole table as CSV, and a name that is no table") {
  Database db = test::build_warehouse(test::load_fixture("csv/online_retail_small.csv"));
  auto csv = table_to_csv(db, "dim_payment");
  REQUIRE(csv.ok());
  CHECK(*csv == "payment_key,payment_type,installments\r\n0,unknown,\r\n");
  auto missing = table_to_csv(db, "no_such_table");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::kUsage);
  // Exports run through the read-only engine too.
  auto write = query_to_csv(db, "DELETE FROM fact_sales");
  REQUIRE_FALSE(write.ok());
  CHECK(write.error().code == ErrorCode::kSqlReadOnly);
  CHECK(test::q(db, "SELECT count(*) FROM fact_sales") == 10);
}

TEST_CASE("a console page as CSV, with a byte-order mark when asked") {
  Database db = test::build_warehouse(test::load_fixture("csv/online_retail_small.csv"));
  QueryOptions page;
  page.page_size = 2;
  auto r = run_query(db, "SELECT line_key, line_kind FROM fact_sales ORDER BY line_key", page);
  REQUIRE(r.ok());
  CsvOptions o;
  o.utf8_bom = true;
  CHECK(query_result_to_csv(*r, o) == "\xEF\xBB\xBFline_key,line_kind\r\n1,sale\r\n2,sale\r\n");
}
