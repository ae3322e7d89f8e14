// Which column plays which e-commerce role: from header synonyms (several
// languages, header_synonyms.h) and from the shape of the values
// (value_shapes.h), checked against each column's inferred type. Every guess
// carries a confidence and a reason the import screen can show; the user can
// override any of them (RoleMap edits, --map role=column).
//
// Steps: (1) candidates per column from the header; (2) candidates from the
// values; (3) agreeing evidence raises a candidate, a type that contradicts
// the role lowers it; (4) roles are assigned greedily, most confident first,
// so each role goes to one column and each column gets one role.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/roles.h"
#include "ingest/type_inference.h"

namespace starcart {

struct RoleGuess {
  Role role = Role::kNone;
  double confidence = 0;  // 0..1
  std::string reason;     // "header 'InvoiceNo' is a name for Order ID"
};

struct RoleDetection {
  std::vector<RoleGuess> chosen;                     // per column
  std::vector<std::vector<RoleGuess>> alternatives;  // per column: other candidates, best first
};

// `values[c]` holds column c's sampled values, `types[c]` its inferred type.
// `item_prefix` ("line_items.") marks the columns of expanded JSON line items:
// line-level roles on the order-level columns are then less likely.
RoleDetection detect_column_roles(const std::vector<std::string>& header,
                                  const std::vector<std::vector<std::string_view>>& values,
                                  const std::vector<TypeGuess>& types, std::string_view item_prefix = {});

// One guess per column from a sample of data rows (no header), as text;
// infers the types itself.
std::vector<RoleGuess> detect_roles(const std::vector<std::string>& header,
                                    const std::vector<std::vector<std::string>>& sample);

// Lower-case ASCII letters and digits only: "Customer ID" -> "customerid";
// Latin-1 letters in UTF-8 fold to their base letter ("Stück" -> "stuck").
std::string normalize_header(std::string_view name);

// Whether values of an inferred type can fill a role ("abc" cannot be a quantity).
// Two thirds of the sampled values must fit; the others reject their rows.
bool type_fits_role(const TypeGuess& type, Role role);

}  // namespace starcart
