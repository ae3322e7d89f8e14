// fact_spend from tests/data/marketing (orders.csv, spend.csv). Counted by
// hand from spend.csv: 13 rows; line 13 (-5.00) and line 14 (no amount) are
// rejected: 11 rows, 999 + 100 + 50 + 30 + 20 + 40 + 10 + 25 + 5 + 12 + 70
// = 1361.00. The order lines have the pairs (Email, spring), (Social,
// fb-feb), (Paid search, brand), (Email, newsletter) and (none): spend rows
// on (Social, fb-feb) 100, (Paid search, brand) 30 and (Email, spring) 999 +
// 40 point at their dim_channel member; "social " (not written alike),
// channel-only, unknown campaigns and TikTok / Podcast have none.
#include <doctest.h>

#include "warehouse_test_util.h"

using namespace starcart;

TEST_CASE("fact_spend: one row per spend row with its day, names as written and amount") {
  FactStore s = test::load_fixtures({"marketing/orders.csv", "marketing/spend.csv"});
  Database db = test::build_warehouse(s);
  CHECK(test::q(db, "SELECT count(*) FROM fact_spend") == 11);
  CHECK(test::q(db, "SELECT sum(spend_e4) FROM fact_spend") == 13610000);
  CHECK(test::q(db, "SELECT sum(spend_e4) FROM fact_spend f JOIN dim_date d USING (date_key) "
                    "WHERE d.date BETWEEN '2024-02-01' AND '2024-02-29'") == 2920000);
  CHECK(test::q(db, "SELECT count(*) FROM fact_spend WHERE channel = 'TikTok'") == 2);
  CHECK(test::q(db, "SELECT count(*) FROM fact_spend WHERE campaign IS NULL") == 2);
  CHECK(test::q(db, "SELECT count(*) FROM fact_spend WHERE channel_key IS NOT NULL") == 4);
  CHECK(test::q(db, "SELECT sum(f.spend_e4) FROM fact_spend f JOIN dim_channel c USING (channel_key) "
                    "WHERE c.channel = 'Email' AND c.campaign = 'spring'") == 10390000);
  CHECK(test::q(db, "SELECT rows_rejected FROM load_audit WHERE file_name LIKE '%spend.csv'") == 2);
}

TEST_CASE("fact_spend: the same spend file loaded again adds nothing") {
  FactStore s = test::load_fixtures({"marketing/orders.csv", "marketing/spend.csv"});
  Database db = test::build_warehouse(s);
  test::load_into(db, s);
  CHECK(test::q(db, "SELECT count(*) FROM fact_spend") == 11);
}
