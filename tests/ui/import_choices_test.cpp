// The import screen's choices as text and back (the saved workspace reopens
// its files with them). Expected text written by hand from the header of
// tests/data/csv/online_retail_small.csv:
//   InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
#include <doctest.h>

#include "support/test_data.h"
#include "ui/import_choices.h"

using namespace starcart;

namespace {
ImportPlan retail_plan() {
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"online_retail_small.csv",
                            FileBytes::from_string(test::read_data_file("csv/online_retail_small.csv"))});
  return plan_import(std::move(files));
}
}  // namespace

TEST_CASE("import choices: nothing edited, nothing written") {
  ImportPlan plan = retail_plan();
  REQUIRE(plan.files[0].profile);
  CHECK(import_choices(plan).empty());
}

TEST_CASE("import choices: the edited file's roles and the chosen date order, and back on a new plan") {
  ImportPlan plan = retail_plan();
  REQUIRE(plan.files[0].profile);
  plan.set_role(0, 7, Role::kNone);      // Country left unused
  plan.set_role(0, 2, Role::kCategory);  // Description read as the category
  plan.date_order = DateOrder::kDayFirst;
  const std::string text = import_choices(plan);
  CHECK(text ==
        "date_order\tD/M/Y\n"
        "file\tonline_retail_small.csv\t8\torder_id,sku,category,quantity,order_date,unit_price,customer_id,\n");

  ImportPlan again = retail_plan();
  CHECK(apply_import_choices(again, text) == 1);
  REQUIRE(again.date_order);
  CHECK(*again.date_order == DateOrder::kDayFirst);
  const auto& cols = again.files[0].profile->columns;
  CHECK(cols[2].guess.role == Role::kCategory);
  CHECK(cols[7].guess.role == Role::kNone);
  CHECK(cols[0].guess.role == Role::kOrderId);
  CHECK(again.edited(0));
  CHECK(import_choices(again) == text);
}

TEST_CASE("import choices for other files, or naming an unknown role, change nothing") {
  ImportPlan plan = retail_plan();
  CHECK(apply_import_choices(plan, "file\tother.csv\t8\torder_id,sku,category,quantity,order_date,unit_price,customer_id,\n") == 0);
  CHECK(apply_import_choices(plan, "file\tonline_retail_small.csv\t3\torder_id,sku,category\n") == 0);
  CHECK(apply_import_choices(plan, "file\tonline_retail_small.csv\t8\torder_id,sku,colour,quantity,order_date,unit_price,customer_id,\n") == 0);
  CHECK_FALSE(plan.edited(0));
  CHECK_FALSE(plan.date_order);
}
