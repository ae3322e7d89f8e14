// Installments by hand on the Olist-style fixture in tests/data/olist:
//   payments  o1: credit_card 3 x 47.42, voucher 1 x 30.00; c2f5..: boleto 1
//             x 141.46; o3 (canceled: its line is excluded): credit_card 1 x
//             179.12; o4: voucher 1 x 20.00, debit_card 1 x 37.79; o5 (no
//             items, so no line): credit_card 2 x 50.00
//   selected orders (with a sale line): o1, c2f5.., o4
//   1 installment: 4 payment rows (30.00 + 141.46 + 20.00 + 37.79 = 229.25)
//     in 3 orders; 3 installments: 1 row (47.42) in 1 order; total 276.67
#include <doctest.h>

#include "analytics/installments.h"
#include "support/test_data.h"
#include "warehouse/dataset_load_job.h"

using namespace starcart;

namespace {

Money m(const char* s) { return *parse_money(s); }

FactStore olist() {
  static const char* kFiles[] = {"olist_order_items_dataset.csv", "olist_orders_dataset.csv",
                                 "olist_customers_dataset.csv", "olist_order_payments_dataset.csv",
                                 "olist_products_dataset.csv"};
  std::vector<std::string> bytes;
  for (const char* f : kFiles) bytes.push_back(test::read_data_file(std::string("olist/") + f));
  std::vector<InputFile> files;
  for (size_t i = 0; i < bytes.size(); ++i) files.push_back(InputFile{kFiles[i], bytes[i], std::nullopt});
  auto s = load_dataset(std::move(files));
  REQUIRE(s.ok());
  return std::move(*s);
}

}  // namespace

TEST_CASE("installments of the selected orders' payment rows; an order counts once per bucket") {
  FactStore s = olist();
  FactIndex x = build_fact_index(s);
  std::vector<InstallmentRow> rows = compute_installments(x, select_lines(s, Filter{}));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].installments == 1);
  CHECK(rows[0].payments == 4);
  CHECK(rows[0].orders == 3);
  CHECK(rows[0].value == m("229.25"));
  CHECK(rows[0].value_share == doctest::Approx(229.25 / 276.67));
  CHECK(rows[1].installments == 3);
  CHECK(rows[1].payments == 1);
  CHECK(rows[1].orders == 1);
  CHECK(rows[1].value == m("47.42"));
}

TEST_CASE("a filter narrows the orders whose payments count") {
  FactStore s = olist();
  FactIndex x = build_fact_index(s);
  Filter f;
  f.from = days_from_civil(2018, 3, 1);  // o4 only (2018-03-10)
  std::vector<InstallmentRow> rows = compute_installments(x, select_lines(s, f));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].payments == 2);
  CHECK(rows[0].orders == 1);
  CHECK(rows[0].value == m("57.79"));
}

TEST_CASE("data without a payments file has no installments") {
  FactStore s = test::load_fixture("csv/geo_payments_returns.csv");
  FactIndex x = build_fact_index(s);
  CHECK(compute_installments(x, select_lines(s, Filter{})).empty());
}
