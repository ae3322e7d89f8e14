// TableBuilder keeps each row's byte offset in 32 bits; an offset past
// 4 GiB (a file that big natively) is kept apart and read back exactly when
// a rejected row's raw text is looked up.
#include "ingest/table_builder.h"

#include <doctest.h>

#include <string>
#include <vector>

using namespace starcart;

TEST_CASE("a rejected row's raw text is read at its offset, past 4 GiB too") {
  BuildSpec spec;
  spec.source = "big.csv";
  spec.header = {"order_date"};
  spec.roles = {Role::kOrderDate};
  TableBuilder b(spec);
  // 13/02 says day first; 02/14 then cannot be a date (month 14): rejected.
  const int64_t wide = int64_t{5} << 30;  // 5 GiB
  b.add_fields({"01/02/2024"}, 2, "01/02/2024", 100);
  b.add_fields({"13/02/2024"}, 3, "13/02/2024", wide);
  b.add_fields({"02/14/2024"}, 4, "02/14/2024", wide + 11);
  b.add_fields({"14/02/2024"}, 5, "14/02/2024", int64_t{4294967295});  // the first offset that does not fit
  std::vector<int64_t> asked;
  Table t = b.finish([&](int64_t offset) {
    asked.push_back(offset);
    return "at " + std::to_string(offset);
  });
  REQUIRE(t.rejected.size() == 1);
  CHECK(t.rejected[0].line == 4);
  CHECK(t.rejected[0].raw == "at " + std::to_string(wide + 11));
  CHECK(asked == std::vector<int64_t>{wide + 11});
  CHECK(t.rows() == 3);
}
