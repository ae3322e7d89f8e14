// dim_customer is a slowly changing dimension (type 2): in the newer export
// customer C2 (Paris in January) orders from Berlin on 2024-02-10, so the
// append closes the Paris version on 2024-02-09 and opens a Berlin one.
#include <doctest.h>

#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;
using test::qs;

namespace {

Database january_then_february() {
  FactStore jan = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(jan);
  FactStore feb = test::load_fixtures({"csv/shop_export_2024_02_newer_with_moved_customer.csv"});
  LoadSummary s = test::load_into(db, feb);
  REQUIRE(s.customer_versions_new == 1);
  return db;
}

}  // namespace

TEST_CASE("a build records one current version per customer, valid from their first line") {
  FactStore jan = test::load_fixtures({"csv/shop_export_2024_01.csv"});
  Database db = test::build_warehouse(jan);
  // guest + C1, C2, C3 (order 1003 has no customer id).
  CHECK(q(db, "SELECT count(*) FROM dim_customer") == 4);
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE is_current = 1") == 4);
  CHECK(qs(db, "SELECT valid_from FROM dim_customer WHERE customer_id = 'C2'") == "2024-01-10");
  CHECK(qs(db, "SELECT valid_to FROM dim_customer WHERE customer_id = 'C2'") == "9999-12-31");
  CHECK(qs(db, "SELECT city FROM dim_customer WHERE customer_id = 'C2'") == "Paris");
  CHECK(qs(db, "SELECT first_order_date || ' ' || last_order_date || ' ' || cohort_month FROM dim_customer "
               "WHERE customer_id = 'C1'") == "2024-01-05 2024-01-05 2024-01");
  // The guest member: key 0, always current.
  CHECK(qs(db, "SELECT customer_id FROM dim_customer WHERE customer_key = 0") == "(guest)");
}

TEST_CASE("a changed address closes the current version and opens a new one") {
  Database db = january_then_february();
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE customer_id = 'C2'") == 2);
  CHECK(qs(db, "SELECT city || ' ' || valid_from || ' ' || valid_to || ' ' || is_current FROM dim_customer "
               "WHERE customer_id = 'C2' ORDER BY valid_from LIMIT 1") == "Paris 2024-01-10 2024-02-09 0");
  CHECK(qs(db, "SELECT country || ' ' || city || ' ' || valid_from || ' ' || valid_to || ' ' || is_current "
               "FROM dim_customer WHERE customer_id = 'C2' ORDER BY valid_from DESC LIMIT 1") ==
        "Germany Berlin 2024-02-10 9999-12-31 1");
  // Both versions share the durable key the facts carry.
  CHECK(q(db, "SELECT count(DISTINCT customer_key) FROM dim_customer WHERE customer_id = 'C2'") == 1);
  CHECK(q(db, "SELECT count(DISTINCT customer_version_key) FROM dim_customer WHERE customer_id = 'C2'") == 2);
  // The new version's geography is Berlin's.
  CHECK(qs(db, "SELECT g.city FROM dim_customer c JOIN dim_geography g USING (geography_key) "
               "WHERE c.customer_id = 'C2' AND c.is_current = 1") == "Berlin");
  // Customers whose address did not change keep one version.
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE customer_id IN ('C1', 'C3')") == 2);
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE customer_id = 'C4' AND is_current = 1") == 1);
}

TEST_CASE("first and last order widen on every version (type 1)") {
  Database db = january_then_february();
  CHECK(q(db, "SELECT count(*) FROM dim_customer WHERE customer_id = 'C2' AND first_order_date = '2024-01-10' "
              "AND last_order_date = '2024-02-10' AND cohort_month = '2024-01'") == 2);
  CHECK(qs(db, "SELECT last_order_date FROM dim_customer WHERE customer_id = 'C1'") == "2024-02-02");
}

TEST_CASE("facts join the version valid on their date") {
  Database db = january_then_february();
  // C2's lines: 1002 (Jan 10) and C1004 (Jan 20) in Paris, 1007 (Feb 10) in Berlin.
  CHECK(qs(db,
           "SELECT group_concat(f.order_id || ':' || c.city, ' ') FROM ("
           "  SELECT f.* FROM fact_sales f ORDER BY f.line_key) f "
           "JOIN dim_date d ON d.date_key = f.date_key "
           "JOIN dim_customer c ON c.customer_key = f.customer_key AND d.date BETWEEN c.valid_from AND c.valid_to "
           "WHERE c.customer_id = 'C2'") == "1002:Paris C1004:Paris 1007:Berlin");
  // Exactly one version matches each fact of a known customer.
  CHECK(q(db,
          "SELECT count(*) FROM fact_sales f JOIN dim_date d ON d.date_key = f.date_key "
          "WHERE f.customer_key <> 0 AND (SELECT count(*) FROM dim_customer c WHERE c.customer_key = f.customer_key "
          "AND d.date BETWEEN c.valid_from AND c.valid_to) <> 1") == 0);
  // Counting customers by the durable key is unchanged by versions.
  CHECK(q(db, "SELECT count(DISTINCT customer_key) FROM fact_sales WHERE line_kind = 'sale' AND customer_key <> 0") == 4);
}
