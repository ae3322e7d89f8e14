// JSON shapes, flattening, line-item expansion and error positions, read
// through the same TableBuilder as CSV.
#include <doctest.h>

#include <algorithm>

#include "ingest/file_profile.h"
#include "ingest/json_records.h"
#include "ingest/json_scan.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

std::vector<size_t> lines_of(const FactStore& s, std::string_view order) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.lines(); ++i)
    if (s.orders.at(s.order[i]) == order) out.push_back(i);
  return out;
}

}  // namespace

TEST_CASE("a wrapper object's array, nested objects to dotted names, line items to rows") {
  std::string text = test::read_data_file("json/shop_api_orders_wrapped.json");
  auto r = JsonRecords::open("w.json", text);
  REQUIRE(r.ok());
  CHECK(r->shape().records_key == "orders");
  CHECK(r->shape().items_key == "line_items");
  CHECK_FALSE(r->shape().ndjson);
  REQUIRE(r->size() == 2);
  CHECK(r->line(0) == 3);  // the first order opens on line 3
  std::vector<std::string> header;
  r->discover_columns(0, r->size(), header);
  // Record fields first (first seen), then the items' fields.
  CHECK(header[0] == "id");
  CHECK(std::find(header.begin(), header.end(), "customer.email") != header.end());
  CHECK(std::find(header.begin(), header.end(), "billing_address.country") != header.end());
  CHECK(header.back() == "line_items.gift_card");
  std::vector<std::vector<std::string>> rows;
  std::string err;
  int64_t at;
  REQUIRE(r->flatten(0, header, rows, err, at));
  REQUIRE(rows.size() == 2);  // two line items
  auto col = [&](const char* n) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), n) - header.begin());
  };
  CHECK(rows[0][col("name")] == "#1001");
  CHECK(rows[1][col("name")] == "#1001");  // order fields repeat on each line
  CHECK(rows[0][col("line_items.sku")] == "MUG-1");
  CHECK(rows[1][col("line_items.price")] == "34.00");
  CHECK(rows[0][col("tags")] == "vip, newsletter");  // scalars joined
  CHECK(rows[0][col("customer.id")] == "207119551");
  CHECK(rows[0][col("line_items.discount")] == "");
  CHECK(rows[1][col("line_items.discount")] == "0");
}

TEST_CASE("JSON loads like CSV: roles, types and the balance") {
  FactStore s = test::load_fixture("json/shop_api_orders_wrapped.json");
  CHECK(s.files[0].format == "JSON");
  CHECK(s.files[0].counts.rows_read == 3);
  CHECK(s.files[0].counts.balanced());
  auto a = lines_of(s, "#1001");
  REQUIRE(a.size() == 2);
  CHECK(s.value[a[0]] == 250000);  // 2 x "12.50"
  CHECK(s.value[a[1]] == 340000);
  CHECK(s.day[a[0]] == days_from_civil(2024, 3, 1));  // the written local date of 10:15-05:00
  CHECK(s.customers.at(s.customer[a[0]]) == "207119551");
  CHECK(s.countries.at(s.country[a[0]]) == "Canada");
  CHECK(s.states.at(s.state[a[0]]) == "Ontario");
}

TEST_CASE("NDJSON: a line that is not JSON is one rejected row with line and column") {
  FactStore s = test::load_fixture("json/woocommerce_orders.ndjson");
  const SourceFile& f = s.files[0];
  CHECK(f.format == "NDJSON");
  CHECK(f.counts.rows_read == 4);  // 1 + (bad line) + 2 items
  CHECK(f.counts.rows_loaded == 3);
  CHECK(f.counts.rows_rejected == 1);
  REQUIRE(s.rejected.size() == 1);
  CHECK(s.rejected[0].line == 2);
  CHECK(s.rejected[0].code == ErrorCode::kJsonSyntax);
  // Column 74 is where the missing comma should be (before "customer_id").
  CHECK(s.rejected[0].reason == "not JSON: expected ',' or '}' after an object member (line 2, column 74)");
  CHECK(s.rejected[0].raw.rfind("{\"id\": 728", 0) == 0);
  auto o729 = lines_of(s, "729");
  REQUIRE(o729.size() == 2);
  CHECK(s.value[o729[0]] == 155000);  // 15.5
  CHECK(s.payment_types.at(s.payment[o729[0]]) == "stripe");
}

TEST_CASE("a JSON syntax error fails the file at its line and column") {
  std::string bytes = test::read_data_file("json/syntax_error_line3.json");
  auto p = inspect_file("syntax_error_line3.json", bytes);
  REQUIRE_FALSE(p.ok());
  CHECK(p.error().code == ErrorCode::kJsonSyntax);
  CHECK(p.error().where.line == 3);
  CHECK(p.error().where.column == 63);
  CHECK(p.error().message == "JSON: expected ',' or '}' after an object member");
}

TEST_CASE("a top-level array; a value that does not fit its role rejects its row; late columns are kept") {
  FactStore s = test::load_fixture("json/flat_array_nested_customer.json");
  const SourceFile& f = s.files[0];
  CHECK(f.counts.rows_read == 4);
  CHECK(f.counts.rows_rejected == 1);
  REQUIRE(s.rejected.size() == 1);
  CHECK(s.rejected[0].line == 4);
  CHECK(s.rejected[0].reason == "qty: 'two' is not a whole number");
  CHECK(s.customers.at(s.customer[lines_of(s, "A-1")[0]]) == "K1");
  CHECK(s.countries.at(s.country[lines_of(s, "A-1")[0]]) == "France");
}

TEST_CASE("json_scan: positions, record offsets, value ends, syntax errors") {
  TextPosition p = position_of("ab\ncd\nef", 7);
  CHECK(p.line == 3);
  CHECK(p.column == 2);
  std::string_view t = R"([ {"a": "x]"}, {"b": [1, {"c": 2}]} ])";
  auto offs = json_record_offsets(t, "");
  REQUIRE(offs.size() == 2);
  CHECK(t.substr(static_cast<size_t>(offs[1]), 5) == "{\"b\":");
  CHECK(json_value_end(t, static_cast<size_t>(offs[0])) == static_cast<size_t>(offs[0]) + 11);
  auto wrapped = json_record_offsets(R"({"meta": {"n": 1}, "orders": [{"x": 1}, {"x": 2}]})", "orders");
  CHECK(wrapped.size() == 2);
  CHECK(find_json_syntax_error("[1, 2,]").offset == 6);
  CHECK(find_json_syntax_error("{\"a\": 01}").reason == "expected ',' or '}' after an object member");
  CHECK(find_json_syntax_error("\"open").reason == "a string is never closed");
  CHECK(find_json_syntax_error("[1, 2] x").reason == "unexpected text after the JSON value");
  CHECK(find_json_syntax_error(R"({"a": [1, {"b": null}], "c": -1.5e3})").offset == -1);
  CHECK(looks_like_json("\xEF\xBB\xBF  [1]"));
  CHECK_FALSE(looks_like_json("a,b\n1,2"));
  CHECK(looks_like_ndjson("{\"a\":1}\n{\"a\":2}\n"));
  CHECK_FALSE(looks_like_ndjson("{\"a\":1}"));
}

TEST_CASE("JSON shapes that hold no records say so") {
  auto scalar = JsonRecords::open("s.json", "42");
  REQUIRE_FALSE(scalar.ok());
  CHECK(scalar.error().code == ErrorCode::kJsonShape);
  auto numbers = JsonRecords::open("n.json", "[1, 2, 3]");
  REQUIRE_FALSE(numbers.ok());
  CHECK(numbers.error().code == ErrorCode::kJsonShape);
  auto one = JsonRecords::open("o.json", R"({"order_id": "A", "qty": 1})");
  REQUIRE(one.ok());
  CHECK(one->size() == 1);  // a single object is one record
}
