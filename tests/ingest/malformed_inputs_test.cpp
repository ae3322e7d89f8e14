// Encodings and malformed files through the whole path: each bad row is
// kept with line, column and reason, and the load goes on. Expected values
// are read off the fixtures by hand.
#include <doctest.h>

#include "ingest/csv_load_job.h"
#include "ingest/file_profile.h"
#include "support/test_data.h"
#include "warehouse/dataset_load_job.h"

using namespace starcart;

TEST_CASE("UTF-16 LE and BE with BOM, tab-separated (Excel 'Unicode text')") {
  for (const char* name : {"csv/utf16le_bom_tab_unicode_text.txt", "csv/utf16be_bom_tab.txt"}) {
    CAPTURE(name);
    std::string bytes = test::read_data_file(name);
    auto p = inspect_file("u.txt", bytes);
    REQUIRE(p.ok());
    CHECK(p->dialect.delimiter == '\t');
    CHECK((p->encoding.encoding == Encoding::kUtf16Le || p->encoding.encoding == Encoding::kUtf16Be));
    FactStore s = test::load_fixture(name);
    REQUIRE(s.lines() == 3);
    CHECK(s.product_names.find("Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e set"));
    CHECK(s.product_names.find("Sm\xC3\xB8rrebr\xC3\xB8" "d board"));
    CHECK(s.unit_price[1] == 300000);
  }
}

TEST_CASE("a UTF-8 BOM is skipped: the first header is still 'Order ID'") {
  std::string bytes = test::read_data_file("csv/utf8_bom.csv");
  auto p = inspect_file("utf8_bom.csv", bytes);
  REQUIRE(p.ok());
  CHECK(p->encoding.encoding == Encoding::kUtf8Bom);
  CHECK(p->columns[0].name == "Order ID");
  CHECK(p->columns[0].guess.role == Role::kOrderId);
  CHECK(test::load_fixture("csv/utf8_bom.csv").lines() == 3);
}

TEST_CASE("lone CR line ends") {
  FactStore s = test::load_fixture("csv/cr_only_line_ends.csv");
  REQUIRE(s.lines() == 3);
  CHECK(s.source_line[2] == 4);
}

TEST_CASE("a NUL byte rejects its row only") {
  FactStore s = test::load_fixture("csv/nul_byte_in_field.csv");
  CHECK(s.files[0].counts.rows_read == 3);
  CHECK(s.files[0].counts.rows_loaded == 2);
  REQUIRE(s.rejected.size() == 1);
  CHECK(s.rejected[0].line == 3);
  CHECK(s.rejected[0].column == 4);
  CHECK(s.rejected[0].code == ErrorCode::kCsvNul);
}

TEST_CASE("ragged rows: too few or too many fields reject; trailing empty fields do not") {
  FactStore s = test::load_fixture("csv/ragged_rows.csv");
  const LoadCounts& c = s.files[0].counts;
  CHECK(c.rows_read == 4);
  CHECK(c.rows_loaded == 2);
  CHECK(c.rows_rejected == 2);
  REQUIRE(s.rejected.size() == 2);
  CHECK(s.rejected[0].line == 3);
  CHECK(s.rejected[0].reason == "the row has 4 fields; the header has 5");
  CHECK(s.rejected[1].line == 4);
  CHECK(s.rejected[1].column == 6);
}

TEST_CASE("an unterminated quote at the end of the file rejects the last row") {
  FactStore s = test::load_fixture("csv/unterminated_quote_at_eof.csv");
  CHECK(s.files[0].counts.rows_read == 2);
  REQUIRE(s.rejected.size() == 1);
  CHECK(s.rejected[0].line == 3);
  CHECK(s.rejected[0].code == ErrorCode::kCsvQuote);
  CHECK(s.rejected[0].raw == "2,2024-03-02,A2,\"Plate, blue,1,7.00");
}

TEST_CASE("an over-long field rejects its row; the next row loads") {
  std::string csv = "Order ID,Order Date,SKU,Quantity,Unit Price\n1,2024-01-01,\"" + std::string((1 << 20) + 10, 'x') +
                    "\",1,2.00\n2,2024-01-02,A2,1,3.00\n";
  auto s = test::load_csv("long.csv", csv);
  REQUIRE(s.ok());
  CHECK(s->files[0].counts.rows_read == 2);
  REQUIRE(s->rejected.size() == 1);
  CHECK(s->rejected[0].code == ErrorCode::kFieldTooLong);
  CHECK(s->rejected[0].raw.size() <= 4096 + 3);  // raw text is capped
  REQUIRE(s->lines() == 1);
  CHECK(s->unit_price[0] == 30000);
}

TEST_CASE("Excel serial days in an order-date column") {
  FactStore s = test::load_fixture("csv/excel_serial_dates.csv");
  REQUIRE(s.lines() == 3);
  CHECK(s.day[0] == days_from_civil(2024, 1, 1));
  CHECK(s.day[1] == days_from_civil(2024, 2, 1));
  CHECK(s.second[1] == 12 * 3600);
  CHECK(s.day[2] == days_from_civil(2024, 2, 28));  // 45350 = 45292 + 58
}

TEST_CASE("a genuinely ambiguous date column is flagged; the user's choice per column is applied") {
  FactStore s = test::load_fixture("csv/ambiguous_day_month.csv");
  const Decision* d = nullptr;
  for (const Decision& x : s.files[0].decisions)
    if (x.column == "Order Date") d = &x;
  REQUIRE(d != nullptr);
  CHECK(d->needs_review);
  CHECK(d->undecided == 2);
  CHECK(s.day[0] == days_from_civil(2024, 3, 4));  // M/D/Y assumed

  std::string bytes = test::read_data_file("csv/ambiguous_day_month.csv");
  auto p = inspect_file("ambiguous_day_month.csv", bytes);
  REQUIRE(p.ok());
  REQUIRE(p->set_date_order("Order Date", DateOrder::kDayFirst));
  CHECK_FALSE(p->set_date_order("No such column", DateOrder::kDayFirst));
  std::vector<InputFile> files;
  files.push_back(InputFile{"ambiguous_day_month.csv", bytes, *p});
  auto chosen = load_dataset(std::move(files));
  REQUIRE(chosen.ok());
  CHECK(chosen->day[0] == days_from_civil(2024, 4, 3));
  bool user = false;
  for (const Decision& x : chosen->files[0].decisions)
    if (x.column == "Order Date") user = x.evidence.rfind("chosen by the user", 0) == 0 && !x.needs_review;
  CHECK(user);
}

TEST_CASE("a role mapped by the user wins over detection") {
  std::string bytes = "Ref,When,Code,Units,Each\nR1,2024-01-02,A,2,1.50\n";
  auto p = inspect_file("u.csv", bytes);
  REQUIRE(p.ok());
  REQUIRE(p->map_role(Role::kOrderId, "Ref"));
  REQUIRE(p->map_role(Role::kQuantity, "Units"));
  REQUIRE(p->map_role(Role::kUnitPrice, "Each"));
  CHECK(p->columns[0].guess.reason == "chosen by the user");
  CHECK(p->kind == FileKind::kOrderLines);
  std::vector<InputFile> files;
  files.push_back(InputFile{"u.csv", bytes, *p});
  auto s = load_dataset(std::move(files));
  REQUIRE(s.ok());
  REQUIRE(s->lines() == 1);
  CHECK(s->value[0] == 30000);
}
