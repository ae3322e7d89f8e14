// Load step 1, the plan: what is new. Creates the schema in an empty
// database; reads the fingerprints of the files loaded before and the order
// ids the warehouse holds; picks the store lines to append (lines of files
// not loaded before, of orders the warehouse does not have; an order in
// several files of one load comes from the first); numbers the
// load, its files and the next keys. Idempotent loads and incremental loads
// both come from this one rule.
#pragma once

#include <string>

#include "warehouse/load_context.h"

namespace starcart {

Status plan_load(LoadContext& c);

// A file fingerprint as 16 hex digits (load_audit.fingerprint).
std::string fingerprint_hex(uint64_t fingerprint);

}  // namespace starcart
