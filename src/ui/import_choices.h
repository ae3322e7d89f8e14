// The user's choices on the import screen as text, so the same files can be
// built the same way later: the saved workspace (issue 8) reopens the files
// it stored, and without these a role the user corrected would silently
// fall back to the detected one (other figures, another fingerprint, and the
// saved view would not apply). Line-based, tab-separated:
//   date_order\tD/M/Y                       (only when the user chose one)
//   file\t<name>\t<columns>\t<role key per column, comma-separated>
// A file line is written only for an edited file; "" = column unused.
#pragma once

#include <string>
#include <string_view>

#include "ui/import_plan.h"

namespace starcart {

std::string import_choices(const ImportPlan& plan);

// Applies choices to a plan of the same files (matched by name and column
// count; anything else is left as detected). Returns the number of files
// whose roles were applied.
int apply_import_choices(ImportPlan& plan, std::string_view text);

}  // namespace starcart
