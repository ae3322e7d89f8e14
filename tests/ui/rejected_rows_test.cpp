#include <doctest.h>

#include "ui/rejected_rows.h"

using namespace starcart;

namespace {
RejectedRow row(std::string file, int64_t line, std::string col, std::string reason, std::string raw) {
  RejectedRow r;
  r.file = std::move(file);
  r.line = line;
  r.column = 2;
  r.column_name = std::move(col);
  r.code = ErrorCode::kBadNumber;
  r.reason = std::move(reason);
  r.raw = std::move(raw);
  return r;
}
}  // namespace

TEST_CASE("CSV fields are quoted only when RFC 4180 needs it") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("rejected rows as CSV: header, quoted raw text, CRLF") {
  std::vector<RejectedRow> rows = {row("a.csv", 4, "Quantity", "Quantity: 'abc' is not a whole number", "1003,A3,\"Bad\",abc")};
  CHECK(rejected_rows_csv(rows) ==
        "file,line,column,column_name,code,reason,raw\r\n"
        "a.csv,4,2,Quantity,bad_number,Quantity: 'abc' is not a whole number,\"1003,A3,\"\"Bad\"\",abc\"\r\n");
}

TEST_CASE("the rejected view sorts and searches without copying rows") {
  std::vector<RejectedRow> rows = {row("b.csv", 9, "Price", "bad price", "x"), row("a.csv", 12, "Quantity", "bad qty", "y"),
                                   row("a.csv", 3, "Date", "bad date", "z")};
  CHECK(rejected_view(rows, RejectedColumn::kLine, true, "") == std::vector<uint32_t>{2, 0, 1});
  CHECK(rejected_view(rows, RejectedColumn::kLine, false, "") == std::vector<uint32_t>{1, 0, 2});
  CHECK(rejected_view(rows, RejectedColumn::kFile, true, "") == std::vector<uint32_t>{2, 1, 0});  // ties by line
  CHECK(rejected_view(rows, RejectedColumn::kLine, true, "QTY") == std::vector<uint32_t>{1});
  CHECK(rejected_view(rows, RejectedColumn::kLine, true, "nothing").empty());
}

TEST_CASE("rejected rows as CSV with masking: the raw text (any column of the input) is replaced") {
  std::vector<RejectedRow> rows = {row("a.csv", 4, "Quantity", "Quantity: 'abc' is not a whole number", "1003,jo@x.org,abc"),
                                   row("a.csv", 5, "Quantity", "empty row", "")};
  CHECK(rejected_rows_csv(rows, true) ==
        "file,line,column,column_name,code,reason,raw\r\n"
        "a.csv,4,2,Quantity,bad_number,Quantity: 'abc' is not a whole number,(masked)\r\n"
        "a.csv,5,2,Quantity,bad_number,empty row,\r\n");
}
