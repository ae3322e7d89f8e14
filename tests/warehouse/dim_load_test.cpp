// The dimensions: every day of the range, countries with their ISO 3166-1
// codes, products with category paths and costs, channels and payment
// types; the values are read off the fixtures by hand.
#include <doctest.h>

#include "warehouse/dim_load.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;
using test::qs;

TEST_CASE("date_key is yyyymmdd and reads back") {
  CHECK(date_key(days_from_civil(2024, 2, 29)) == 20240229);
  CHECK(date_key(kNullDay) == 0);
  CHECK(day_from_date_key(20240229) == days_from_civil(2024, 2, 29));
  CHECK(day_from_date_key(0) == kNullDay);
}

TEST_CASE("category paths split into category and subcategory") {
  CHECK(split_category("Home > Kitchen").category == "Home");
  CHECK(split_category("Home > Kitchen").subcategory == "Kitchen");
  CHECK(split_category("Home>Kitchen>Knives").subcategory == "Kitchen>Knives");
  CHECK(split_category("Toys / Games").category == "Toys");
  CHECK(split_category("Toys / Games").subcategory == "Games");
  CHECK(split_category("Garden").category == "Garden");
  CHECK(split_category("Garden").subcategory.empty());
  CHECK(split_category("cama_mesa_banho").category == "cama_mesa_banho");
}

TEST_CASE("dim_date holds every day of the range with calendar attributes") {
  FactStore s = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM dim_date WHERE date_key > 0") == 21);  // 2024-01-05 .. 2024-01-25
  CHECK(q(db, "SELECT min(date_key) FROM dim_date WHERE date_key > 0") == 20240105);
  CHECK(q(db, "SELECT max(date_key) FROM dim_date") == 20240125);
  // 2024-01-06 was a Saturday in ISO week 1; 2024-01-22 a Monday of week 4.
  CHECK(qs(db, "SELECT day_name || ' ' || day_of_week || ' ' || is_weekend || ' ' || iso_week FROM dim_date "
               "WHERE date_key = 20240106") == "Sat 6 1 1");
  CHECK(qs(db, "SELECT day_name || ' ' || day_of_week || ' ' || is_weekend || ' ' || iso_week FROM dim_date "
               "WHERE date_key = 20240122") == "Mon 1 0 4");
  CHECK(qs(db, "SELECT date || ' ' || year || ' Q' || quarter || ' ' || month_name || ' ' || month_key || ' ' || "
               "day_of_month FROM dim_date WHERE date_key = 20240125") == "2024-01-25 2024 Q1 Jan 2024-01 25");
}

TEST_CASE("dim_date spans years with data only when a typo puts a date centuries away") {
  // 2011-03-01 and a typo year 1011: ten centuries apart.
  const std::string csv =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
      "1,A,X,1,2011-03-01 10:00,1.00,1,UK\n"
      "2,A,X,1,1011-03-01 10:00,1.00,1,UK\n";
  auto store = test::load_csv("typo_year_1011.csv", csv);
  REQUIRE(store.ok());
  Database db = test::build_warehouse(*store);
  // Within the range, the days of the years with data: 1011-03-01 .. 1011-12-31
  // (306 days) and 2011-01-01 .. 2011-03-01 (60 days).
  CHECK(q(db, "SELECT count(*) FROM dim_date WHERE date_key > 0") == 306 + 60);
  CHECK(q(db, "SELECT count(*) FROM fact_sales f LEFT JOIN dim_date d USING (date_key) WHERE d.date_key IS NULL") == 0);
}

TEST_CASE("dim_geography carries ISO codes and regions of the countries as written") {
  FactStore s = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM dim_geography WHERE geography_key > 0") == 4);
  // EIRE is how UCI Online Retail writes Ireland.
  CHECK(qs(db, "SELECT country_name || ' ' || iso_alpha2 || ' ' || iso_alpha3 || ' ' || iso_numeric || ' ' || region "
               "FROM dim_geography WHERE country = 'EIRE'") == "Ireland IE IRL 372 Europe");
  CHECK(qs(db, "SELECT iso_numeric || ' ' || city FROM dim_geography WHERE country = 'United Kingdom'") == "826 London");
  CHECK(qs(db, "SELECT country FROM dim_geography WHERE geography_key = 0") == "unknown");
  // Order 1003's line points at Dublin.
  CHECK(qs(db, "SELECT g.city FROM fact_sales f JOIN dim_geography g USING (geography_key) WHERE f.order_id = '1003'") ==
        "Dublin");
}

TEST_CASE("a country that ISO does not know keeps its name and no code") {
  const std::string csv =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
      "1,A,X,1,2011-03-01 10:00,1.00,1,European Community\n";
  auto store = test::load_csv("european_community.csv", csv);
  REQUIRE(store.ok());
  Database db = test::build_warehouse(*store);
  CHECK(qs(db, "SELECT country_name || '|' || coalesce(iso_alpha2, 'NULL') || '|' || coalesce(region, 'NULL') "
                "FROM dim_geography WHERE geography_key = 1") == "European Community|NULL|NULL");
}

TEST_CASE("dim_product: SKU, most frequent name, category path and the latest cost") {
  FactStore s = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM dim_product WHERE product_key > 0") == 4);
  CHECK(qs(db, "SELECT name || '|' || category || '|' || subcategory || '|' || unit_cost_e4 FROM dim_product "
               "WHERE sku = 'A1'") == "RED MUG|Home|Kitchen|12000");
  CHECK(qs(db, "SELECT category || '|' || coalesce(subcategory, 'NULL') || '|' || coalesce(unit_cost_e4, 'NULL') "
               "FROM dim_product WHERE sku = 'C3'") == "Garden|NULL|NULL");
  // fact_sales carries the line's cost; fact_orders the sale lines' total when every one has a cost.
  CHECK(q(db, "SELECT unit_cost_e4 FROM fact_sales WHERE order_id = '1005'") == 8000);
  CHECK(q(db, "SELECT cost_e4 FROM fact_orders WHERE order_id = '1001'") == 2 * 12000 + 25000);
  CHECK(qs(db, "SELECT coalesce(cost_e4, 'NULL') FROM fact_orders WHERE order_id = '1003'") == "NULL");
}

TEST_CASE("a later load fills what a product lacked and keeps what it had") {
  // The first file has no category and no cost; the second gives both.
  auto first = test::load_csv("plain.csv",
                              "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                              "1,A1,MUG,1,2024-01-01 10:00,3.00,1,UK\n");
  REQUIRE(first.ok());
  Database db = test::build_warehouse(*first);
  CHECK(qs(db, "SELECT coalesce(category, 'NULL') FROM dim_product WHERE sku = 'A1'") == "NULL");
  auto second = test::load_csv("rich.csv",
                               "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,"
                               "Category,UnitCost\n"
                               "2,A1,RED MUG,1,2024-01-02 10:00,3.00,1,UK,Kitchen,1.10\n");
  REQUIRE(second.ok());
  test::load_into(db, *second);
  CHECK(qs(db, "SELECT name || '|' || category || '|' || unit_cost_e4 FROM dim_product WHERE sku = 'A1'") ==
        "MUG|Kitchen|11000");
  CHECK(q(db, "SELECT count(*) FROM dim_product WHERE sku = 'A1'") == 1);
}

TEST_CASE("channels are (channel, campaign) pairs and payments (type, installments)") {
  FactStore s = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(s);
  // Card, PayPal; C1004 names none.
  CHECK(q(db, "SELECT count(*) FROM dim_payment WHERE payment_key > 0") == 2);
  CHECK(q(db, "SELECT count(*) FROM dim_payment WHERE installments IS NOT NULL") == 0);
  CHECK(q(db, "SELECT payment_key FROM fact_orders WHERE order_id = 'C1004'") == 0);
  CHECK(qs(db, "SELECT p.payment_type FROM fact_orders o JOIN dim_payment p USING (payment_key) WHERE order_id = '1002'") ==
        "PayPal");
  // No channel column: every line points at the unknown channel.
  CHECK(q(db, "SELECT count(*) FROM dim_channel") == 1);
  CHECK(q(db, "SELECT count(*) FROM fact_sales WHERE channel_key <> 0") == 0);
}

TEST_CASE("dim_supplier: one row per supplier, products point to theirs, SQL revenue per supplier by hand") {
  // tests/data/csv/suppliers_cost_returns.csv: Acme sells P1 20 + P2 30 = 50, Globex P3 10 + 10 = 20, P4 none 8.
  FactStore s = test::load_fixtures({"csv/suppliers_cost_returns.csv"});
  Database db = test::build_warehouse(s);
  CHECK(q(db, "SELECT count(*) FROM dim_supplier WHERE supplier_key > 0") == 2);
  CHECK(qs(db, "SELECT d.supplier FROM dim_product p JOIN dim_supplier d USING (supplier_key) WHERE p.sku = 'P2'") ==
        "Acme");
  CHECK(q(db, "SELECT supplier_key FROM dim_product WHERE sku = 'P4'") == 0);
  CHECK(q(db, "SELECT sum(f.line_revenue_e4) FROM fact_sales f JOIN dim_product p USING (product_key) "
              "JOIN dim_supplier d USING (supplier_key) WHERE d.supplier = 'Acme' AND f.line_kind = 'sale'") ==
        50 * kMoneyScale);
}
