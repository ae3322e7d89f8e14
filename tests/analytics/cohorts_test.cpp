// Cohort matrices by hand on tests/data/csv/rfm_ties_three_months.csv
// (orders listed in the fixture; every order is one line):
//   January cohort: 1001 1002 1003 1006 1007 1009 1010 (7 customers)
//     Jan: all 7 active; 100+100+100+100+(50+50)+50+20          = 570
//     Feb: 1001 1002 1003 1006 1007 1009 = 6; 200+100+100+100+100+50 = 650
//     Mar: 1001 1002 1003 1006 1007 = 5;       200+200+200+100+50     = 750
//   February cohort: 1004, 1008 (2): Feb both, 100+50 = 150; Mar 1004, 100
//   March cohort: 1005 (1): Mar 100
// The guest's sale is in no cohort; the return is in no revenue.
#include <doctest.h>

#include "analytics/cohorts.h"
#include "support/test_data.h"

using namespace starcart;

namespace {
Money m(const char* s) { return *parse_money(s); }
}  // namespace

TEST_CASE("cohort sizes, active counts, retention and revenue by offset") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Cohorts c = compute_cohorts(x, select_lines(s, Filter{}));
  REQUIRE(c.rows.size() == 3);
  const CohortRow& jan = c.rows[0];
  CHECK(format_month_key(jan.cohort) == "2024-01");
  CHECK(jan.size == 7);
  CHECK(jan.active == std::vector<int64_t>{7, 6, 5});
  REQUIRE(jan.retention.size() == 3);
  CHECK(jan.retention[0] == doctest::Approx(1.0));
  CHECK(jan.retention[1] == doctest::Approx(6.0 / 7));
  CHECK(jan.retention[2] == doctest::Approx(5.0 / 7));
  CHECK(jan.revenue == std::vector<Money>{m("570"), m("650"), m("750")});
  const CohortRow& feb = c.rows[1];
  CHECK(feb.size == 2);
  CHECK(feb.active == std::vector<int64_t>{2, 1});
  CHECK(feb.revenue == std::vector<Money>{m("150"), m("100")});
  const CohortRow& mar = c.rows[2];
  CHECK(mar.size == 1);
  CHECK(mar.active == std::vector<int64_t>{1});
  CHECK(mar.revenue == std::vector<Money>{m("100")});
}

TEST_CASE("historic customer value per cohort: cumulative revenue per customer") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Cohorts c = compute_cohorts(x, select_lines(s, Filter{}));
  REQUIRE(c.rows.size() == 3);
  // January: 570/7 = 81.428571…, 1220/7 = 174.285714…, 1970/7 = 281.428571…
  CHECK(c.rows[0].value == std::vector<Money>{m("81.4286"), m("174.2857"), m("281.4286")});
  CHECK(c.rows[0].total_revenue == m("1970"));
  CHECK(c.rows[0].value_per_customer == m("281.4286"));
  CHECK(c.rows[1].value == std::vector<Money>{m("75"), m("125")});  // 150/2, 250/2
}

TEST_CASE("under a date filter the cohort is the first month in the selection") {
  FactStore s = test::load_fixture("csv/rfm_ties_three_months.csv");
  FactIndex x = build_fact_index(s);
  Filter f;
  f.from = days_from_civil(2024, 3, 1);
  // March only: 1001..1007 all have a March sale: one cohort of 7, offset 0 only.
  Cohorts c = compute_cohorts(x, select_lines(s, f));
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0].size == 7);
  CHECK(c.rows[0].active == std::vector<int64_t>{7});
  CHECK(c.rows[0].revenue == std::vector<Money>{m("950")});  // March sales without the guest's 10
}
