// The warehouse with its personal data masked (issue 8), for downloads when
// the user asked for masking: a copy of the database in which customer ids
// are keyed hashes (core/pii.h) everywhere they appear (dim_customer,
// mart_customer), the raw text of rejected rows and data-quality examples is
// removed (they may hold any column of the input: emails, names), and
// profile min/max values of customer columns are cleared. secure_delete
// zeroes deleted cells (see masked_export.cpp for the gap that remains).
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

// A masked in-memory copy of `db`.
Result<Database> masked_copy(const Database& db, uint64_t key);

}  // namespace starcart
