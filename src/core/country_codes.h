// Countries by name, alias or code (ISO 3166-1 from Debian's iso-codes, with
// UN-geoscheme regions). Exports write countries many ways: "United
// Kingdom", "UK", "GB", "EIRE", "USA", "RSA", "Deutschland", "Czech
// Republic"; all of them find the same country. Maps join on the numeric
// code (world-atlas ids are ISO 3166-1 numeric).
#pragma once

#include <string_view>
#include <vector>

namespace starcart {

struct CountryInfo {
  std::string_view alpha2;    // "GB"
  std::string_view alpha3;    // "GBR"
  int numeric;                // 826 (0 for Kosovo, which has no ISO number)
  std::string_view name;      // "United Kingdom"
  std::string_view official;  // "United Kingdom of Great Britain and Northern Ireland"
  std::string_view region;    // "Europe", "Asia", "Middle East", "Africa", "North America",
                              // "Latin America & Caribbean", "Oceania"
};

// nullptr when the text names no country ("Unspecified", "European Community").
const CountryInfo* find_country(std::string_view text);
const CountryInfo* country_by_numeric(int numeric);
const std::vector<CountryInfo>& all_countries();

}  // namespace starcart
