// Loading whole fixture files: counts balance, rejects say where and why,
// encodings and date orders are decided with evidence.
#include <doctest.h>

#include "ingest/file_profile.h"
#include "support/test_data.h"

using namespace starcart;

TEST_CASE("online_retail_small: counts, duplicates, date order") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  REQUIRE(s.files.size() == 1);
  const SourceFile& f = s.files[0];
  CHECK(f.layout == "UCI Online Retail");
  CHECK(f.counts.rows_read == 11);
  CHECK(f.counts.rows_loaded == 10);
  CHECK(f.counts.rows_rejected == 0);
  CHECK(f.counts.duplicates == 1);
  CHECK(f.counts.balanced());
  CHECK(s.lines() == 10);
  CHECK(s.excluded_lines == 1);
  bool found = false;
  for (const Decision& d : f.decisions) {
    if (d.column != "InvoiceDate") continue;
    found = true;
    CHECK(d.what == "dates read as M/D/Y");
    // By hand: 12/13, 12/14 and 1/17 (twice) prove M/D/Y; 12/1 (five times,
    // with the duplicate), 1/5 and 2/1 fit both.
    CHECK(d.evidence == "12/13/2010 at line 7 (0 dates prove D/M/Y, 4 prove M/D/Y, 7 fit both)");
    CHECK(d.supporting == 4);
    CHECK(d.contradicting == 0);
    CHECK(d.undecided == 7);
    CHECK_FALSE(d.needs_review);
  }
  CHECK(found);
  // 85123A and 85123a are one product; "17850.0" is customer 17850.
  CHECK(s.products.find("85123A"));
  CHECK_FALSE(s.products.find("85123a"));
  CHECK_FALSE(s.customers.find("17850.0"));
}

TEST_CASE("malformed_rows: every bad row is kept with line, column and reason") {
  FactStore s = test::load_fixture("csv/malformed_rows.csv");
  const LoadCounts& c = s.files[0].counts;
  CHECK(c.rows_read == 6);
  CHECK(c.rows_loaded == 2);
  CHECK(c.rows_rejected == 4);
  CHECK(c.balanced());
  REQUIRE(s.rejected.size() == 4);
  CHECK(s.rejected[0].line == 3);
  CHECK(s.rejected[0].code == ErrorCode::kCsvRagged);
  CHECK(s.rejected[0].column == 9);
  CHECK(s.rejected[1].line == 4);
  CHECK(s.rejected[1].code == ErrorCode::kBadNumber);
  CHECK(s.rejected[1].column == 4);
  CHECK(s.rejected[1].reason == "Quantity: 'abc' is not a whole number");
  CHECK(s.rejected[2].line == 5);
  CHECK(s.rejected[2].code == ErrorCode::kBadDate);
  CHECK(s.rejected[2].column_name == "InvoiceDate");
  CHECK(s.rejected[3].line == 6);
  CHECK(s.rejected[3].code == ErrorCode::kCsvQuote);
  CHECK(s.rejected[3].raw == "1005,A5,\"Unclosed quote,1,2011-01-03 10:00:00,1.00,1,UK");
  for (const RejectedRow& r : s.rejected) CHECK(r.file == "malformed_rows.csv");
}

TEST_CASE("latin1_pound_sign: Windows-1252 detected and transcoded") {
  std::string bytes = test::read_data_file("csv/latin1_pound_sign.csv");
  auto p = inspect_csv("latin1_pound_sign.csv", bytes);
  REQUIRE(p.ok());
  CHECK(p->encoding.encoding == Encoding::kWindows1252);
  FactStore s = test::load_fixture("csv/latin1_pound_sign.csv");
  CHECK(s.lines() == 2);
  CHECK(s.product_names.find("POSTAGE \xC2\xA3 UK"));   // £ in UTF-8
  CHECK(s.countries.find("Espa\xC3\xB1" "a"));           // ñ in UTF-8
}

TEST_CASE("day_first_semicolon: delimiter, decimal comma and D/M/Y from the data") {
  std::string bytes = test::read_data_file("csv/day_first_semicolon.csv");
  auto p = inspect_csv("day_first_semicolon.csv", bytes);
  REQUIRE(p.ok());
  CHECK(p->dialect.delimiter == ';');
  CHECK(p->number_style.decimal == ',');
  FactStore s = test::load_fixture("csv/day_first_semicolon.csv");
  REQUIRE(s.lines() == 3);
  CHECK(s.day[1] == days_from_civil(2010, 12, 13));
  CHECK(s.unit_price[0] == 35000);
}

TEST_CASE("a file without the needed columns fails with a message naming them") {
  auto r = test::load_csv("names.csv", "name,age\nann,3\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kMissingRole);
  CHECK(r.error().message.find("Order ID") != std::string::npos);
  CHECK(r.error().where.file == "names.csv");
}

TEST_CASE("an empty file is an error, not a crash") {
  auto r = test::load_csv("empty.csv", "");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kEmptyInput);
}
