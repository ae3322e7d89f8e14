// Which column plays which e-commerce role: from header synonyms (several
// languages) and from the shape of the values. Every guess carries a
// confidence and a reason the import screen can show; the user can override
// any of them (RoleMap edits, --map role=column).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/roles.h"

namespace starcart {

struct RoleGuess {
  Role role = Role::kNone;
  double confidence = 0;  // 0..1
  std::string reason;     // "header 'InvoiceNo' is a name for Order ID"
};

// One guess per column; each role goes to at most one column (the most
// confident). `sample` holds data rows (no header), as text.
std::vector<RoleGuess> detect_roles(const std::vector<std::string>& header,
                                    const std::vector<std::vector<std::string>>& sample);

// Lower-case ASCII letters and digits only: "Customer ID" -> "customerid".
std::string normalize_header(std::string_view name);

}  // namespace starcart
