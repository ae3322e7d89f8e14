#include "warehouse/dim_geography.h"

#include <string>
#include <vector>

#include "core/country_codes.h"

namespace starcart {

namespace {

const std::vector<std::string> kColumns = {"geography_key", "country",    "state",       "city",  "country_name",
                                           "iso_alpha2",    "iso_alpha3", "iso_numeric", "region"};

}  // namespace

Status GeographyMembers::load(Database& db) {
  return keys_.load(db, "SELECT geography_key, country, state, city FROM dim_geography");
}

int64_t GeographyMembers::key(std::string_view country, std::string_view state, std::string_view city) {
  MemberKeys::Found f = keys_.key_for({country, state, city});
  if (!f.is_new) return f.key;
  const CountryInfo* iso = country.empty() ? nullptr : find_country(country);
  rows_.integer(f.key).text_or_null(country).text_or_null(state).text_or_null(city);
  if (iso) {
    rows_.text(iso->name).text(iso->alpha2).text(iso->alpha3);
    if (iso->numeric > 0) rows_.integer(iso->numeric);
    else rows_.null();
    rows_.text(iso->region);
  } else {
    rows_.text_or_null(country).null().null().null().null();
  }
  return f.key;
}

Status GeographyMembers::insert_new(Database& db) {
  auto bulk = BulkInsert::create(db, "dim_geography", kColumns, rows_);
  if (!bulk) return bulk.take_error();
  return bulk->insert_rest();
}

Status GeographyMembers::insert_unknown(Database& db) {
  return db.exec("INSERT INTO dim_geography (geography_key, country, country_name) VALUES (0, 'unknown', 'unknown')");
}

}  // namespace starcart
