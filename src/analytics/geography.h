// Geography under a filter: sales by country (with ISO 3166-1 codes from
// core/country_codes; a name that is no country, such as "Unspecified", is
// kept with known = false), and by state and by city where the data has
// them. Orders and customers are distinct per place (an order with lines in
// two countries counts in both, once each). Rows by revenue descending,
// ties by name.
#pragma once

#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct CountryRow {
  uint32_t country = 0;      // country id; 0 = lines without a country
  std::string_view name;     // as written in the data ("" for id 0)
  bool known = false;        // the name is an ISO 3166-1 country
  std::string_view alpha2;   // "GB" ("" when unknown)
  std::string_view alpha3;   // "GBR"
  int numeric = 0;           // 826 (0 when unknown)
  std::string_view region;   // "Europe" ("" when unknown)
  Money revenue = 0;
  double revenue_share = 0;  // of the selection's sales revenue
  int64_t orders = 0;
  int64_t customers = 0;     // distinct non-guest customers
  int64_t units = 0;
  Money return_value = 0;
};

struct PlaceRow {
  uint32_t id = 0;           // state or city id; 0 = not given
  std::string_view name;
  Money revenue = 0;
  double revenue_share = 0;
  int64_t orders = 0;
  int64_t customers = 0;
};

struct Geography {
  std::vector<CountryRow> countries;  // countries with a sale or a return
  std::vector<PlaceRow> states;       // empty when the data has no state column
  std::vector<PlaceRow> cities;       // empty when the data has no city column
};

Geography compute_geography(const FactIndex& index, const Selection& selection);

}  // namespace starcart
