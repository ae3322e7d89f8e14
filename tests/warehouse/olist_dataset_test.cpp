// The Olist multi-file dataset becomes one FactStore. Expected values are
// worked out by hand from the fixture files in tests/data/olist:
//   items   o1 x2 (p1, 29.99 + 8.72 freight), c2f5.. (p2, 118.70), o3 (p3,
//           canceled), o4 (p2, 45.00), o9 (in no orders file)
//   orders  o1 -> c1, c2f5.. -> c2, o3 -> c3, o4 -> c4, o5 -> c5 (no items)
//   people  c1 and c2 are both u1; c4 is in no customers file
//   pays    o1: card 47.42 + voucher 30.00; o4: voucher 20.00 + debit 37.79
#include <doctest.h>

#include "support/test_data.h"
#include "warehouse/dataset_load_job.h"
#include "warehouse_test_util.h"

using namespace starcart;

namespace {

FactStore load_olist(bool with_translation = true) {
  static const char* kFiles[] = {"olist_order_items_dataset.csv", "olist_orders_dataset.csv",
                                 "olist_customers_dataset.csv",   "olist_order_payments_dataset.csv",
                                 "olist_products_dataset.csv",    "olist_order_reviews_dataset.csv",
                                 "product_category_name_translation.csv"};
  std::vector<std::string> bytes;
  for (const char* f : kFiles) {
    if (!with_translation && std::string(f).rfind("product_category", 0) == 0) continue;
    bytes.push_back(test::read_data_file(std::string("olist/") + f));
  }
  std::vector<InputFile> files;
  for (size_t i = 0; i < bytes.size(); ++i) files.push_back(InputFile{kFiles[i], bytes[i], std::nullopt});
  auto s = load_dataset(std::move(files));
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
  return std::move(*s);
}

std::vector<size_t> lines_of(const FactStore& s, std::string_view order) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.lines(); ++i)
    if (s.orders.at(s.order[i]) == order) out.push_back(i);
  return out;
}

const SourceFile& file(const FactStore& s, std::string_view name) {
  for (const SourceFile& f : s.files)
    if (f.name == name) return f;
  FAIL("no file " << name);
  return s.files[0];
}

}  // namespace

TEST_CASE("Olist: each file is classified") {
  FactStore s = load_olist();
  CHECK(file(s, "olist_order_items_dataset.csv").kind == "order items");
  CHECK(file(s, "olist_orders_dataset.csv").kind == "orders");
  CHECK(file(s, "olist_customers_dataset.csv").kind == "customers");
  CHECK(file(s, "olist_order_payments_dataset.csv").kind == "payments");
  CHECK(file(s, "olist_products_dataset.csv").kind == "products");
  CHECK(file(s, "olist_order_reviews_dataset.csv").kind == "reviews");
  CHECK(file(s, "product_category_name_translation.csv").kind == "category translation");
  for (const SourceFile& f : s.files) CHECK(f.counts.balanced());
  // The review with a line break inside its quoted comment is one row.
  CHECK(file(s, "olist_order_reviews_dataset.csv").counts.rows_read == 3);
}

TEST_CASE("Olist: items join their order's date and status; one unit per item row") {
  FactStore s = load_olist();
  auto o1 = lines_of(s, "o1");
  REQUIRE(o1.size() == 2);
  for (size_t i : o1) {
    CHECK(s.day[i] == days_from_civil(2017, 10, 2));
    CHECK(s.second[i] == 10 * 3600 + 56 * 60 + 33);
    CHECK(s.order_statuses.at(s.status[i]) == "delivered");
    CHECK(s.quantity[i] == 1);
    CHECK(s.unit_price[i] == 299900);
    CHECK(s.value[i] == 299900);
    CHECK(s.shipping[i] == 87200);
    CHECK(s.kind[i] == LineKind::kSale);
  }
  // A hex order id starting with 'c' is not a UCI cancellation.
  auto c2 = lines_of(s, "c2f5a9b1e3d4c6a8b7e9f0a1b2c3d4e5");
  REQUIRE(c2.size() == 1);
  CHECK(s.kind[c2[0]] == LineKind::kSale);
  CHECK(s.day[c2[0]] == days_from_civil(2018, 1, 15));
  // A canceled order's line is excluded from every figure.
  CHECK(s.kind[lines_of(s, "o3")[0]] == LineKind::kExcluded);
  CHECK(s.excluded_lines == 1);
  CHECK(s.first_day == days_from_civil(2017, 10, 2));
  CHECK(s.last_day == days_from_civil(2018, 3, 10));
}

TEST_CASE("Olist: the customer is the person (customer_unique_id), not the per-order customer_id") {
  FactStore s = load_olist();
  const size_t o1 = lines_of(s, "o1")[0];
  const size_t c2 = lines_of(s, "c2f5a9b1e3d4c6a8b7e9f0a1b2c3d4e5")[0];
  CHECK(s.customers.at(s.customer[o1]) == "u1");
  CHECK(s.customer[o1] == s.customer[c2]);  // c1 and c2 are one person: a repeat customer
  CHECK(s.states.at(s.state[o1]) == "SP");
  CHECK(s.cities.at(s.city[o1]) == "sao paulo");
  // c4 is in no customers file: it stays its own (unknown) member, not a guest.
  const size_t o4 = lines_of(s, "o4")[0];
  CHECK(s.customers.at(s.customer[o4]) == "c4");
  CHECK(s.state[o4] == 0);
}

TEST_CASE("Olist: categories from the products file, in English with the translation") {
  FactStore s = load_olist();
  CHECK(s.categories.at(s.category[lines_of(s, "o1")[0]]) == "health_beauty");
  CHECK(s.categories.at(s.category[lines_of(s, "o4")[0]]) == "computers_accessories");
  CHECK(s.category[lines_of(s, "o3")[0]] == 0);  // p3 has no category
  FactStore pt = load_olist(false);
  CHECK(pt.categories.at(pt.category[lines_of(pt, "o1")[0]]) == "beleza_saude");
}

TEST_CASE("Olist: every payment row is kept; a line's payment is its order's largest") {
  FactStore s = load_olist();
  REQUIRE(s.payments.size() == 7);
  CHECK(s.payment_types.at(s.payment[lines_of(s, "o1")[0]]) == "credit_card");  // 47.42 > 30.00
  CHECK(s.payment_types.at(s.payment[lines_of(s, "o4")[0]]) == "debit_card");   // 37.79 > 20.00
  const OrderPayment& voucher = s.payments[1];
  CHECK(s.orders.at(voucher.order) == "o1");
  CHECK(voucher.sequential == 2);
  CHECK(s.payment_types.at(voucher.type) == "voucher");
  CHECK(voucher.installments == 1);
  CHECK(voucher.value == 300000);
  Money o1_paid = 0;
  for (const OrderPayment& p : s.payments)
    if (s.orders.at(p.order) == "o1") o1_paid += p.value;
  CHECK(o1_paid == 2 * (299900 + 87200));  // the payments cover both items and their freight
}

TEST_CASE("Olist: unmatched keys are counted and reported") {
  FactStore s = load_olist();
  const SourceFile& items = file(s, "olist_order_items_dataset.csv");
  CHECK(items.counts.rows_read == 6);
  CHECK(items.counts.rows_loaded == 5);
  CHECK(items.counts.rows_rejected == 1);
  bool o9 = false;
  for (const RejectedRow& r : s.rejected)
    if (r.file == items.name) {
      o9 = true;
      CHECK(r.line == 7);
      CHECK(r.reason == "order 'o9' is in no orders file, so the line has no date");
    }
  CHECK(o9);
  auto rel = [&](std::string_view key, std::string_view from) -> const KeyMatch* {
    for (const KeyMatch& k : s.relations)
      if (k.key == key && k.from_file == from) return &k;
    return nullptr;
  };
  const KeyMatch* orders = rel("order_id", "olist_order_items_dataset.csv");
  REQUIRE(orders != nullptr);
  CHECK(orders->matched == 5);
  CHECK(orders->unmatched == 1);
  CHECK(orders->example == "o9");
  const KeyMatch* customers = rel("customer_id", "olist_order_items_dataset.csv");
  REQUIRE(customers != nullptr);
  CHECK(customers->matched == 4);
  CHECK(customers->unmatched == 1);
  CHECK(customers->example == "c4");
  const KeyMatch* payments = rel("order_id", "olist_order_payments_dataset.csv");
  REQUIRE(payments != nullptr);
  CHECK(payments->matched == 6);
  CHECK(payments->unmatched == 1);  // o5 has a payment but no items
  CHECK(payments->example == "o5");
}

TEST_CASE("a dataset without order lines says what is missing") {
  std::string customers = test::read_data_file("olist/olist_customers_dataset.csv");
  std::vector<InputFile> files;
  files.push_back(InputFile{"olist_customers_dataset.csv", customers, std::nullopt});
  auto s = load_dataset(std::move(files));
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().code == ErrorCode::kMissingRole);
}

TEST_CASE("Olist: fact_payments holds the payments file's rows, with installments in dim_payment") {
  // By hand from olist_order_payments_dataset.csv: o1 (card 3x 47.42, voucher
  // 30.00), c2f5.. (boleto 141.46), o3 (card 179.12), o4 (voucher 20.00, debit
  // 37.79) have lines; o5 (card 2x 50.00) has no items, so no order fact.
  FactStore s = load_olist();
  Database db = test::build_warehouse(s);
  CHECK(test::q(db, "SELECT count(*) FROM fact_payments") == 6);
  CHECK(test::q(db, "SELECT count(*) FROM fact_payments WHERE source = 'payments file'") == 6);
  CHECK(test::q(db, "SELECT sum(amount_e4) FROM fact_payments") == 4557900);  // 455.79
  CHECK(test::q(db, "SELECT count(*) FROM fact_payments p JOIN fact_orders o USING (order_key) "
                    "WHERE o.order_id = 'o1'") == 2);
  CHECK(test::qs(db, "SELECT group_concat(payment_sequential || ':' || amount_e4, ' ') FROM (SELECT * FROM "
                     "fact_payments p JOIN fact_orders o USING (order_key) WHERE o.order_id = 'o4' "
                     "ORDER BY payment_sequential)") == "1:200000 2:377900");
  CHECK(test::qs(db, "SELECT pm.payment_type || '/' || pm.installments FROM fact_payments p JOIN dim_payment pm "
                     "USING (payment_key) JOIN fact_orders o USING (order_key) WHERE o.order_id = 'o1' "
                     "AND p.payment_sequential = 1") == "credit_card/3");
  // Members: unknown, the three line-level types (no installments), and the
  // five (type, installments) pairs of the appended payment rows.
  CHECK(test::q(db, "SELECT count(*) FROM dim_payment") == 9);
  CHECK(test::q(db, "SELECT count(*) FROM dim_payment WHERE installments IS NOT NULL") == 5);
}
