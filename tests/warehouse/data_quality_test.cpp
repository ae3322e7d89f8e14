// The data-quality report. dq_planted_problems.csv holds 120 ordinary
// one-line orders (3000-3119: SKU N1..N10 at 1.00 + 0.10 per SKU number,
// quantities 1..12 ten times each, 3119 a guest) and one planted problem
// each: 3200 quantity 5000, 3201 N2 at 50.00 (its median is 1.10), 3202 price
// 0, 3203 quantity 0, 3204 dated 2099-01-01, 3205 two customers in one order.
#include <doctest.h>

#include "warehouse/data_quality.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;
using test::q;
using test::qs;

namespace {

const RuleResult& rule(const QualityReport& r, const std::string& id, const std::string& table, const std::string& column) {
  for (const RuleResult& x : r.rules)
    if (x.rule_id == id && x.table == table && x.column == column) return x;
  FAIL("no rule " << id << " on " << table << "." << column);
  return r.rules.front();
}

const ColumnStats& column(const QualityReport& r, const std::string& table, const std::string& name) {
  for (const ColumnStats& c : r.columns)
    if (c.table == table && c.column == name) return c;
  FAIL("no profile of " << table << "." << name);
  return r.columns.front();
}

QualityReport planted_report(Database& db) {
  auto report = read_quality_report(db);
  REQUIRE(report.ok());
  return *report;
}

}  // namespace

TEST_CASE("the data's last date ignores a typo date far after the rest") {
  const Day d = days_from_civil(2024, 4, 29);
  std::vector<DayCount> counts;
  for (int k = 0; k < 2000; ++k) counts.push_back(DayCount{d - k, 1});
  counts.push_back(DayCount{days_from_civil(2099, 1, 1), 1});  // 1 line in 2001: under 0.1 %
  CHECK(data_last_date(counts) == d);
  // Two typos, 2099 and 2150: the data still ends before the first gap.
  counts.push_back(DayCount{days_from_civil(2150, 1, 1), 1});
  CHECK(data_last_date(counts) == d);
  // Lines after a gap that are 0.1 % or more of all are the data's own:
  // with 11 lines in 2099 only 2150 is a typo.
  counts.push_back(DayCount{days_from_civil(2099, 1, 1), 10});
  CHECK(data_last_date(counts) == days_from_civil(2099, 1, 1));
  // No gap over 31 days: the last date.
  CHECK(data_last_date({{d, 5}, {d + 31, 1}}) == d + 31);
  CHECK(data_last_date({}) == 0);
}

TEST_CASE("each planted problem is found once, with an example") {
  FactStore s = test::load_fixtures({"csv/dq_planted_problems.csv"});
  Database db = test::build_warehouse(s);  // today = 2024-06-30
  QualityReport r = planted_report(db);
  CHECK(r.reference == "today");
  CHECK(r.reference_day == days_from_civil(2024, 6, 30));
  CHECK(rule(r, "non_positive_price", "fact_sales", "unit_price_e4").failures == 1);
  CHECK(rule(r, "zero_quantity", "fact_sales", "quantity").failures == 1);
  const RuleResult& future = rule(r, "future_date", "fact_sales", "date_key");
  CHECK(future.failures == 1);
  REQUIRE(future.examples.size() == 1);
  CHECK(future.examples[0].detail.find("order 3204") == 0);
  // Quantities of the 125 sale lines: Q1 = 3, Q3 = 9, fence 9^4 / 3^3 = 243.
  const RuleResult& quantity = rule(r, "quantity_outlier", "fact_sales", "quantity");
  CHECK(quantity.checked == 125);
  CHECK(quantity.failures == 1);
  CHECK(quantity.description.find("above 243") != std::string::npos);
  REQUIRE(quantity.examples.size() == 1);
  CHECK(quantity.examples[0].row_key == q(db, "SELECT line_key FROM fact_sales WHERE order_id = '3200'"));
  const RuleResult& price = rule(r, "price_outlier", "fact_sales", "unit_price_e4");
  CHECK(price.failures == 1);
  REQUIRE(price.examples.size() == 1);
  CHECK(price.examples[0].detail.find("order 3201") == 0);
  CHECK(price.examples[0].row_key == q(db, "SELECT line_key FROM fact_sales WHERE order_id = '3201'"));
  CHECK(price.examples[0].detail.find("median price 1.1") != std::string::npos);
  const RuleResult& several = rule(r, "order_several_customers", "fact_orders", "customer_key");
  // Orders with a customer on a sale or return line: 119 of 3000-3119 (3119 is a
  // guest's) + 3200, 3201, 3204, 3205 (3202 and 3203 hold only excluded lines).
  CHECK(several.checked == 123);
  CHECK(several.failures == 1);
  CHECK(rule(r, "guest_sale", "fact_sales", "customer_key").failures == 1);
  // Nothing else fails.
  CHECK(rule(r, "duplicate_key", "fact_sales", "order_key, line_number").failures == 0);
  CHECK(rule(r, "orphan_key", "fact_sales", "product_key").failures == 0);
  CHECK(rule(r, "unbalanced_file", "load_audit", "").failures == 0);
  int64_t failing_errors = 0;
  for (const RuleResult& x : r.rules) failing_errors += x.severity == Severity::kError && x.failures > 0 ? 1 : 0;
  CHECK(failing_errors == 1);  // the future date
  // The same in the tables.
  CHECK(q(db, "SELECT failures FROM dq_rule WHERE rule_id = 'future_date'") == 1);
  CHECK(q(db, "SELECT count(*) FROM dq_example WHERE rule_id = 'price_outlier'") == 1);
}

TEST_CASE("future dates can be judged against the data's last date") {
  FactStore s = test::load_fixtures({"csv/dq_planted_problems.csv"});
  LoadOptions o = test::fixed_options();
  o.quality.future_reference = FutureReference::kDataLastDate;
  Database db = test::build_warehouse(s, o);
  QualityReport r = planted_report(db);
  CHECK(r.reference == "the data's last date");
  // One line in 2099 of 127 is more than 0.1 %: for this little data 2099 is its own last date.
  CHECK(r.reference_day == days_from_civil(2099, 1, 1));
  CHECK(rule(r, "future_date", "fact_sales", "date_key").failures == 0);
}

TEST_CASE("column profiles: nulls, distinct values, minimum and maximum") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Database db = test::build_warehouse(s);
  QualityReport r = planted_report(db);
  // Quantities of the 10 lines: 6 6 6 32 6 -1 24 2 -12 4.
  const ColumnStats& quantity = column(r, "fact_sales", "quantity");
  CHECK(quantity.rows == 10);
  CHECK(quantity.nulls == 0);
  CHECK(quantity.distinct == 7);
  CHECK(quantity.min == SqlValue::of_integer(-12));
  CHECK(quantity.max == SqlValue::of_integer(32));
  // No cost column: every value NULL.
  const ColumnStats& cost = column(r, "fact_sales", "unit_cost_e4");
  CHECK(cost.nulls == 10);
  CHECK(cost.null_share == 1.0);
  CHECK(cost.distinct == 0);
  CHECK(cost.min.is_null());
  const ColumnStats& kind = column(r, "fact_sales", "line_kind");
  CHECK(kind.distinct == 3);
  CHECK(kind.min == SqlValue::of_text("excluded"));
  CHECK(kind.max == SqlValue::of_text("sale"));
  // dim_customer: guest + 4 customers; customer 14527 has only a return: no first order date.
  const ColumnStats& first = column(r, "dim_customer", "first_order_date");
  CHECK(first.rows == 5);
  CHECK(first.nulls == 2);
  CHECK(first.null_share == doctest::Approx(0.4));
  CHECK(first.min == SqlValue::of_text("2010-12-01"));
  CHECK(column(r, "fact_sales", "line_key").distinct == 10);
  CHECK(q(db, "SELECT distinct_values FROM dq_column_profile WHERE table_name = 'fact_sales' AND column_name = 'quantity'") == 7);
}

TEST_CASE("orphan keys, duplicate keys and scattered orders are found") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Database db = test::build_warehouse(s);
  // A line pointing at no product, and a second line 1 of order 1 written apart from the order.
  REQUIRE(db.exec("INSERT INTO fact_sales (line_key, order_key, order_id, line_number, date_key, customer_key, "
                  "product_key, geography_key, channel_key, payment_key, quantity, unit_price_e4, discount_e4, "
                  "line_revenue_e4, line_kind, file_key) VALUES "
                  "(100, 1, '536365', 1, 20101201, 1, 999, 0, 0, 0, 1, 10000, 0, 10000, 'sale', 1)")
              .ok());
  auto report = compute_quality_report(db, test::fixed_options().quality);
  REQUIRE(report.ok());
  const RuleResult& orphan = rule(*report, "orphan_key", "fact_sales", "product_key");
  CHECK(orphan.failures == 1);
  REQUIRE(orphan.examples.size() == 1);
  CHECK(orphan.examples[0].row_key == 100);
  CHECK(orphan.examples[0].detail == "product_key = 999 not in dim_product");
  CHECK(rule(*report, "duplicate_key", "fact_sales", "order_key, line_number").failures == 2);
  CHECK(rule(*report, "order_lines_scattered", "fact_sales", "order_key").failures == 1);
  CHECK(rule(*report, "orphan_key", "fact_sales", "date_key").failures == 0);
}

TEST_CASE("a duplicate natural key in a dimension is found") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Database db = test::build_warehouse(s);
  REQUIRE(db.exec("INSERT INTO dim_channel (channel_key, channel, campaign) VALUES (7, 'Email', NULL), (8, 'Email', NULL)").ok());
  auto report = compute_quality_report(db, test::fixed_options().quality);
  REQUIRE(report.ok());
  const RuleResult& dup = rule(*report, "duplicate_key", "dim_channel", "channel, campaign");
  CHECK(dup.failures == 2);
  REQUIRE(dup.examples.size() == 1);
  CHECK(dup.examples[0].detail == "channel = 'Email', campaign = NULL on 2 rows");
}

TEST_CASE("price outliers of prices past 32 bits (214,748.3647): the median and the outlier are exact") {
  // Product W: five lines at 300,000.00 and one at 3,000,000.50, above 10 x
  // the median (3,000,000.00) by half a unit; product V at 1.00 six times.
  std::string csv = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
  for (int k = 0; k < 5; ++k)
    csv += "50" + std::to_string(k) + ",W,Wide,1,2024-01-0" + std::to_string(k + 1) + " 10:00,300000.00,1,France\n";
  csv += "510,W,Wide,1,2024-01-07 10:00,3000000.50,1,France\n";
  for (int k = 0; k < 6; ++k)
    csv += "52" + std::to_string(k) + ",V,Small,1,2024-01-0" + std::to_string(k + 1) + " 11:00,1.00,2,France\n";
  auto s = test::load_csv("wide.csv", csv);
  REQUIRE(s.ok());
  Database db = test::build_warehouse(*s);
  QualityReport r = planted_report(db);
  const RuleResult& price = rule(r, "price_outlier", "fact_sales", "unit_price_e4");
  CHECK(price.checked == 12);
  CHECK(price.failures == 1);
  REQUIRE(price.examples.size() == 1);
  CHECK(price.examples[0].row_key == q(db, "SELECT line_key FROM fact_sales WHERE order_id = '510'"));
  CHECK(price.examples[0].detail.find("median price 300000") != std::string::npos);
}
