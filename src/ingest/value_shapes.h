// Value evidence for column roles: what the values look like, whatever the
// header says. Email addresses, country names and codes (core/country_codes),
// ISO currency codes, payment methods, order statuses, invoice-like and
// '#1001'-like order numbers, phone numbers, 1-5 review scores (with a header
// hint). Each guess says what share of the values fit.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/header_synonyms.h"
#include "ingest/type_inference.h"

namespace starcart {

std::vector<RoleCandidate> shape_role_candidates(std::string_view header,
                                                 const std::vector<std::string_view>& values,
                                                 const TypeGuess& type);

// Words that say an order did not (or no longer) count: "canceled",
// "cancelled", "failed", "voided", "unavailable", "declined".
bool status_means_cancelled(std::string_view status);
// "refunded", "returned": the order's value went back to the customer.
bool status_means_refunded(std::string_view status);

}  // namespace starcart
