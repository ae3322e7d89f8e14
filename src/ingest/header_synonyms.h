// Header evidence for column roles: the names real exports and hand-made
// spreadsheets give their columns (UCI Online Retail I/II, Shopify, Olist,
// WooCommerce; English, German, French, Spanish, Portuguese, Italian, Dutch).
// The table is data: one line per name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/roles.h"

namespace starcart {

// One role a column may play, with how sure we are and why.
struct RoleCandidate {
  Role role = Role::kNone;
  double confidence = 0;
  std::string reason;
};

// Candidates from the header text alone:
//   0.95  the whole name is a synonym             ("Bestellnummer")
//   0.85  the last part of a nested JSON name is   ("customer.email")
//   0.60  the name contains a role's keyword       ("Ship Country Code")
std::vector<RoleCandidate> header_role_candidates(std::string_view header);

// A keyword in the header that makes a shape guess plausible
// ("rating" for 1-5 scores). Exposed for value_shapes.
bool header_contains_any(std::string_view normalized, const std::vector<std::string_view>& words);

}  // namespace starcart
