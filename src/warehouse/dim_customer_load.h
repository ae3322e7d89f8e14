// dim_customer, slowly changing (type 2). Each customer has a durable
// customer_key (facts carry it) and one row per version of their address
// (country, state, city):
//   (1) a load reads each customer's address from the store: per field, the
//       latest non-empty value on their lines (any kind but excluded);
//   (2) a customer new to the warehouse gets key and version 1, valid from
//       their first appended line's date;
//   (3) a known customer whose address differs gets a new version: valid from
//       the first date of the trailing run of their appended lines that agree
//       with the new address (the export's last date when they have no new
//       lines), the previous version closing the day before;
//   (4) first and last order date and the cohort month describe the customer
//       (type 1): they widen with new sales on every version.
// A build records each customer's latest address; history starts with the
// loads that follow.
#pragma once

#include "warehouse/dim_geography.h"
#include "warehouse/load_context.h"

namespace starcart {

Status load_customers(LoadContext& c, GeographyMembers& geo);

inline constexpr const char* kOpenValidTo = "9999-12-31";

}  // namespace starcart
