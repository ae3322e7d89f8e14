#include <doctest.h>

#include "core/country_codes.h"

using namespace starcart;

TEST_CASE("countries by name, code and the aliases exports use") {
  REQUIRE(find_country("United Kingdom"));
  CHECK(find_country("United Kingdom")->alpha2 == "GB");
  CHECK(find_country("UK")->numeric == 826);
  CHECK(find_country("gbr")->alpha2 == "GB");
  CHECK(find_country("EIRE")->alpha2 == "IE");       // UCI Online Retail
  CHECK(find_country("RSA")->alpha2 == "ZA");
  CHECK(find_country("USA")->numeric == 840);
  CHECK(find_country("Czech Republic")->alpha3 == "CZE");
  CHECK(find_country("Espa\xC3\xB1" "a")->alpha2 == "ES");     // España
  CHECK(find_country("\xC3\x96sterreich")->alpha2 == "AT");    // Österreich
  CHECK(find_country("  brazil ")->region == "Latin America & Caribbean");
  CHECK(find_country("Saudi Arabia")->region == "Middle East");
  CHECK(find_country("Unspecified") == nullptr);
  CHECK(find_country("European Community") == nullptr);
  CHECK(country_by_numeric(276)->alpha2 == "DE");
  CHECK(all_countries().size() >= 249);
}
