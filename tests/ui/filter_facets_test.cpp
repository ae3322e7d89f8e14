#include <doctest.h>

#include "support/test_data.h"
#include "ui/filter_facets.h"

using namespace starcart;

TEST_CASE("facets: values present on counted lines, most frequent first") {
  // online_retail_small: 11 rows, one duplicate, one excluded (536382, price
  // 0, United Kingdom). Counted lines: United Kingdom 536365 x2, 536366,
  // 536367, C536379, 536380, 536383 = 7; France 536368, 536381 = 2.
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  Facets f = compute_facets(s);
  const auto& c = f.of(Dimension::kCountry);
  REQUIRE(c.size() == 2);
  CHECK(c[0].name == "United Kingdom");
  CHECK(c[0].lines == 7);
  CHECK(c[1].name == "France");
  CHECK(c[1].lines == 2);
  CHECK(f.of(Dimension::kCategory).empty());  // the file has no category column
  CHECK(f.first_day == days_from_civil(2010, 12, 1));
  CHECK(f.last_day == days_from_civil(2011, 2, 1));
}
