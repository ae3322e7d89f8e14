// Column types as candidate lists: the most specific type every sampled value
// fits, with the value that ruled the others out as evidence.
#include <doctest.h>

#include "ingest/type_inference.h"

using namespace starcart;

namespace {
TypeGuess infer(std::vector<std::string_view> v, std::string_view header = "x", NumberStyle style = {}) {
  return infer_column_type(header, v, style);
}
}  // namespace

TEST_CASE("the most specific candidate that every value fits wins") {
  CHECK(infer({"yes", "no", "Yes"}).type == ValueType::kBoolean);
  CHECK(infer({"12", "-3", "17850.0"}).type == ValueType::kInteger);
  CHECK(infer({"2.55", "12", "1,234.50"}).type == ValueType::kDecimal);
  CHECK(infer({"15%", "7.5 %"}).type == ValueType::kPercent);
  CHECK(infer({"$1,234.50", "(12.00)", "£3"}).type == ValueType::kMoney);
  CHECK(infer({"1.234,50 €", "R$ 10,00"}, "x", NumberStyle{',', '.'}).type == ValueType::kMoney);
  CHECK(infer({"2011-03-04", "3/4/2011", "01.12.2010"}).type == ValueType::kDate);
  CHECK(infer({"2011-03-04", "2025-10-07 09:50:26 +0200"}).type == ValueType::kDateTime);
  CHECK(infer({"85123A", "22423"}).type == ValueType::kText);
  CHECK(infer({"", " "}).type == ValueType::kEmpty);
}

TEST_CASE("candidates survive in order of specificity") {
  TypeGuess g = infer({"1", "0", "1"});
  REQUIRE(g.candidates.size() >= 3);
  CHECK(g.candidates[0] == ValueType::kInteger);  // 1/0 are numbers, not booleans
  CHECK(g.candidates[1] == ValueType::kDecimal);
  CHECK(g.candidates.back() == ValueType::kText);
}

TEST_CASE("a text column says which value made it text") {
  TypeGuess g = infer({"12", "7", "abc", "9"});
  CHECK(g.type == ValueType::kText);
  CHECK(g.evidence == "'abc' at row 3 is neither a number nor a date");
  CHECK(g.integer_values == 3);
  CHECK(g.values == 4);
}

TEST_CASE("empties are counted, not typed") {
  TypeGuess g = infer({"3", "", "4", " "});
  CHECK(g.type == ValueType::kInteger);
  CHECK(g.values == 2);
  CHECK(g.empty == 2);
}

TEST_CASE("Excel serial days only where the header names a date") {
  // 45292 = 2024-01-01 (Excel day 0 is 1899-12-30; 1970-01-01 is 25569).
  TypeGuess dated = infer({"45292", "45323.5"}, "Order Date");
  CHECK(dated.type == ValueType::kExcelDate);
  CHECK(infer({"45292", "45323.5"}, "Amount").type == ValueType::kDecimal);
  CHECK(infer({"45292", "12"}, "Order Date").type == ValueType::kInteger);  // 12 is no 1990s+ serial
  Day d;
  int s;
  REQUIRE(parse_excel_serial("45292", d, s));
  CHECK(d == days_from_civil(2024, 1, 1));
  CHECK(s == -1);
  REQUIRE(parse_excel_serial("45323.5", d, s));
  CHECK(d == days_from_civil(2024, 2, 1));
  CHECK(s == 12 * 3600);
  CHECK_FALSE(parse_excel_serial("1000", d, s));
}

TEST_CASE("day/month evidence is gathered while typing") {
  TypeGuess g = infer({"3/4/2011", "13/4/2011", "4/5/2011", "12/13/2011"});
  CHECK(g.dates.day_first == 1);
  CHECK(g.dates.day_first_example == "13/4/2011");
  CHECK(g.dates.month_first == 1);
  CHECK(g.dates.month_first_example == "12/13/2011");
  CHECK(g.dates.ambiguous == 2);
}

TEST_CASE("money needs a real currency marker, not any letters") {
  CHECK(infer({"MUG-1", "TEE-1"}).type == ValueType::kText);
  CHECK(infer({"EUR 5", "USD 7.50"}).type == ValueType::kMoney);
  CHECK(is_iso_currency_code("BRL"));
  CHECK_FALSE(is_iso_currency_code("MUG"));
}

TEST_CASE("booleans and percentages in several languages and styles") {
  CHECK(parse_boolean("Ja") == true);
  CHECK(parse_boolean("n\xC3\xA3o") == false);
  CHECK_FALSE(parse_boolean("maybe"));
  CHECK(parse_percent("15%") == 1500);
  CHECK(parse_percent("7,5 %", NumberStyle{',', '.'}) == 750);
  CHECK_FALSE(parse_percent("15"));
}

TEST_CASE("header cells are not values; numbers and dates are") {
  CHECK_FALSE(looks_like_value("Billing Address1"));
  CHECK_FALSE(looks_like_value("Lineitem quantity"));
  CHECK(looks_like_value("3,50 \xE2\x82\xAC"));
  CHECK(looks_like_value("2011-03-04"));
  CHECK(looks_like_value("12"));
}
