#include <doctest.h>

#include "support/test_data.h"
#include "ui/import_plan.h"

using namespace starcart;

namespace {
ImportPlan plan_of(const std::string& fixture) {
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{fixture.substr(fixture.rfind('/') + 1), FileBytes::from_string(test::read_data_file(fixture))});
  return plan_import(std::move(files));
}
int column(const FileProfile& p, const std::string& name) {
  for (size_t c = 0; c < p.columns.size(); ++c)
    if (p.columns[c].name == name) return static_cast<int>(c);
  return -1;
}
}  // namespace

TEST_CASE("a Latin-1 export is read as Windows-1252") {
  ImportPlan plan = plan_of("csv/latin1_pound_sign.csv");
  REQUIRE(plan.files[0].profile);
  CHECK(plan.files[0].profile->encoding.encoding == Encoding::kWindows1252);
  CHECK(plan.ready());
  // The preview holds UTF-8: "£" is C2 A3 after conversion.
  CHECK(plan.files[0].profile->preview[0][2].find("\xC2\xA3") != std::string::npos);
}

TEST_CASE("a semicolon file with decimal commas") {
  ImportPlan plan = plan_of("csv/day_first_semicolon.csv");
  const FileProfile& p = *plan.files[0].profile;
  CHECK(p.dialect.delimiter == ';');
  CHECK(p.number_style.decimal == ',');
  CHECK(delimiter_words(p.dialect.delimiter) == "semicolon");
  CHECK(number_style_words(p.number_style) == "decimal comma (1.234,50)");
}

TEST_CASE("mapping edits move a role, can leave it missing, and reset") {
  ImportPlan plan = plan_of("csv/online_retail_small.csv");
  const FileProfile& p = *plan.files[0].profile;
  const int customer = column(p, "CustomerID"), desc = column(p, "Description"), date = column(p, "InvoiceDate");
  REQUIRE(customer >= 0);
  CHECK(p.columns[static_cast<size_t>(customer)].guess.role == Role::kCustomerId);
  plan.set_role(0, static_cast<size_t>(customer), Role::kNone);
  CHECK(plan.edited(0));
  CHECK(plan.ready());  // customers are optional
  plan.set_role(0, static_cast<size_t>(desc), Role::kOrderDate);  // takes Order date from its column
  CHECK(p.columns[static_cast<size_t>(date)].guess.role == Role::kNone);
  CHECK(p.columns[static_cast<size_t>(desc)].guess.reason == "chosen by the user");
  plan.set_role(0, static_cast<size_t>(desc), Role::kNone);
  // A file without quantities counts one unit per line (docs/metrics.md), so
  // the order date, not the quantity, is what a file cannot do without.
  CHECK(plan.missing_roles(0) == "Order date");
  CHECK_FALSE(plan.ready());
  REQUIRE(plan.problems().size() == 1);
  CHECK(plan.problems()[0] == "online_retail_small.csv: choose a column for Order date");
  plan.reset(0);
  CHECK_FALSE(plan.edited(0));
  CHECK(plan.ready());
}

TEST_CASE("a file that cannot be read is listed with the reason") {
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"empty.csv", FileBytes::from_string("  \n")});
  files.push_back(OwnedFile{"notes.csv", FileBytes::from_string("name,age\nann,3\n")});
  ImportPlan plan = plan_import(std::move(files));
  CHECK_FALSE(plan.files[0].profile);
  CHECK(plan.files[0].error.code == ErrorCode::kEmptyInput);
  CHECK_FALSE(plan.ready());
  auto problems = plan.problems();
  REQUIRE(problems.size() == 2);
  CHECK(problems[1].find("Order ID") != std::string::npos);
}
