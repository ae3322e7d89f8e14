#include <doctest.h>

#include <string>

#include "core/dictionary.h"
#include "core/json_writer.h"

using namespace starcart;

TEST_CASE("dictionary ids are dense, first-seen, with 0 for the empty string") {
  Dictionary d;
  CHECK(d.intern("") == 0);
  CHECK(d.intern("UK") == 1);
  CHECK(d.intern("France") == 2);
  CHECK(d.intern("UK") == 1);
  CHECK(d.size() == 3);
  CHECK(d.at(2) == "France");
  CHECK(d.find("France") == 2u);
  CHECK_FALSE(d.find("Spain"));
}

TEST_CASE("dictionary views stay valid while it grows") {
  Dictionary d;
  std::string_view first = d.at(d.intern("first"));
  std::string big(70000, 'x');  // larger than a block
  uint32_t big_id = d.intern(big);
  for (int i = 0; i < 100000; ++i) d.intern("value-" + std::to_string(i));
  CHECK(first == "first");
  CHECK(d.at(big_id) == big);
  CHECK(d.intern("value-99999") == d.size() - 1);
  CHECK(d.intern("first") == 1);
}

TEST_CASE("json writer escapes and nests") {
  JsonWriter w;
  w.begin_object();
  w.field("a", "x\"y\n");
  w.key("list").begin_array().value(1).value(2.5).null().end_array();
  w.money_field("m", 262886);
  w.end_object();
  CHECK(w.str() == R"({"a":"x\"y\n","list":[1,2.5,null],"m":26.29})");
}
