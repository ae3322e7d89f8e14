// The masked warehouse copy (warehouse/masked_export.h): ids replaced by
// keyed tokens everywhere, raw rejected text gone, and nothing of the old
// values left in free pages of the file.
#include <doctest.h>

#include "core/pii.h"
#include "warehouse/masked_export.h"

using namespace starcart;

TEST_CASE("customer ids become keyed tokens; the same id the same token") {
  auto db = Database::open_memory();
  REQUIRE(db.ok());
  REQUIRE(db->exec("CREATE TABLE dim_customer (customer_version_key INTEGER PRIMARY KEY, customer_id TEXT NOT NULL);"
                   "INSERT INTO dim_customer VALUES (0, ''), (1, 'alice@example.com'), (2, 'bob-77123'), (3, 'alice@example.com');"
                   "CREATE TABLE load_rejected (line INTEGER, raw TEXT);"
                   "INSERT INTO load_rejected VALUES (7, '1,bob-77123,Bob Smith');").ok());
  auto m = masked_copy(*db, 12345);
  REQUIRE(m.ok());
  auto bytes = m->serialize();
  REQUIRE(bytes.ok());
  // Small tables: every old value was in a deleted cell, zeroed by secure_delete.
  for (const char* secret : {"alice@example.com", "bob-77123", "Bob Smith"})
    CHECK_MESSAGE(bytes->find(secret) == std::string::npos, secret);
  CHECK(*m->query_int("SELECT count(DISTINCT customer_id) FROM dim_customer WHERE customer_version_key > 0") == 2);
  auto st = m->prepare("SELECT customer_id FROM dim_customer WHERE customer_version_key = 2");
  REQUIRE(st.ok());
  REQUIRE(*st->step());
  CHECK(std::string(st->column_text(0)) == mask_identifier("bob-77123", 12345));
  CHECK(*m->query_int("SELECT count(*) FROM load_rejected WHERE raw IS NULL") == 1);
  // The original is untouched.
  CHECK(*db->query_int("SELECT count(*) FROM dim_customer WHERE customer_id = 'bob-77123'") == 1);
}

TEST_CASE("the token depends on the key, so it cannot be looked up without it") {
  CHECK(mask_identifier("17850", 1) != mask_identifier("17850", 2));
  CHECK(mask_identifier("17850", 1) == mask_identifier("17850", 1));
  CHECK(mask_identifier("", 1).empty());
  CHECK(mask_identifier("17850", 1).size() == 14);  // "c-" and 12 hex digits
}
