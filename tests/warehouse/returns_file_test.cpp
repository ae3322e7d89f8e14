// A separate returns file joins its order's lines. Expected values by hand
// from tests/data/returns_file:
//   sales   1001: A1 2 x 5.00, B2 1 x 12.50 (C1, France); 1002: A1 4 x 5.00
//           (C2, Germany); 1003: C3 3 x 8.00 (guest, Spain) = 66.50
//   returns 1001 a1 x1 -> A1 at 5.00 = 5.00 on 2024-01-10 (Damaged)
//           1002 no SKU, no quantity, refund 7.50 -> 7.50 on 2024-01-12
//           1003 C3 x2 -> 2 x 8.00 = 16.00 on the order's date 2024-01-07
//           9999 (no such order) and 1001 Z9 (not in the order, no amount)
//           are rejected with their reason
#include <doctest.h>

#include "support/test_data.h"
#include "warehouse/dataset_load_job.h"
#include "warehouse_test_util.h"

using namespace starcart;

namespace {

FactStore load_with_returns() {
  std::vector<std::string> bytes = {test::read_data_file("returns_file/order_lines.csv"),
                                    test::read_data_file("returns_file/returns.csv")};
  std::vector<InputFile> files;
  files.push_back(InputFile{"order_lines.csv", bytes[0], std::nullopt});
  files.push_back(InputFile{"returns.csv", bytes[1], std::nullopt});
  auto s = load_dataset(std::move(files));
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
  return std::move(*s);
}

}  // namespace

TEST_CASE("returns file: each row becomes a return line of its order, valued by its price or its amount") {
  FactStore s = load_with_returns();
  REQUIRE(s.lines() == 7);  // 4 sales + 3 returns
  Money sales = 0, returns = 0;
  int n_returns = 0;
  for (size_t i = 0; i < s.lines(); ++i) {
    if (s.kind[i] == LineKind::kSale) sales += s.value[i];
    if (s.kind[i] != LineKind::kReturn) continue;
    ++n_returns;
    returns += s.value[i];
    const std::string order(s.orders.at(s.order[i]));
    if (order == "1001") {
      CHECK(s.products.at(s.product[i]) == "A1");
      CHECK(s.value[i] == 50000);
      CHECK(s.quantity[i] == -1);
      CHECK(format_iso_date(s.day[i]) == "2024-01-10");
      CHECK(s.return_reasons.at(s.return_reason[i]) == "Damaged");
      CHECK(s.customers.at(s.customer[i]) == "C1");
      CHECK(s.countries.at(s.country[i]) == "France");
    } else if (order == "1002") {
      CHECK(s.value[i] == 75000);
      CHECK(format_iso_date(s.day[i]) == "2024-01-12");
      CHECK(s.return_reasons.at(s.return_reason[i]) == "Changed mind");
    } else {
      CHECK(order == "1003");
      CHECK(s.value[i] == 160000);
      CHECK(s.quantity[i] == -2);
      CHECK(format_iso_date(s.day[i]) == "2024-01-07");
      CHECK(s.customer[i] == 0);  // the order was a guest's
    }
  }
  CHECK(n_returns == 3);
  CHECK(sales == 665000);
  CHECK(returns == 285000);
}

TEST_CASE("returns file: rows that cannot be placed or valued are rejected with file, line and reason") {
  FactStore s = load_with_returns();
  int rejected = 0;
  for (const RejectedRow& r : s.rejected) {
    if (r.file != "returns.csv") continue;
    ++rejected;
    if (r.line == 5) CHECK(r.reason.find("'9999' has no sale lines") != std::string::npos);
    if (r.line == 6) CHECK(r.reason.find("no amount and no known price") != std::string::npos);
  }
  CHECK(rejected == 2);
  const SourceFile* f = nullptr;
  for (const SourceFile& sf : s.files)
    if (sf.name == "returns.csv") f = &sf;
  REQUIRE(f != nullptr);
  CHECK(f->kind == "returns");
  CHECK(f->counts.rows_read == 5);
  CHECK(f->counts.rows_loaded == 3);
  CHECK(f->counts.rows_rejected == 2);
  CHECK(f->counts.balanced());
}

TEST_CASE("returns file: fact_returns links each return to its original order, with its reason") {
  FactStore s = load_with_returns();
  Database db = test::build_warehouse(s);
  CHECK(test::q(db, "SELECT count(*) FROM fact_returns") == 3);
  CHECK(test::q(db, "SELECT sum(value_e4) FROM fact_returns") == 285000);
  CHECK(test::qs(db, "SELECT group_concat(reason, '|') FROM (SELECT reason FROM fact_returns ORDER BY reason)") ==
        "Changed mind|Damaged|Wrong size");
  // Each is linked to its original order (same order id, as in docs/warehouse.md).
  CHECK(test::q(db, "SELECT count(*) FROM fact_returns WHERE original_order_key IS NOT NULL") == 3);
}
