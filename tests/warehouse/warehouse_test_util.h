// Helpers for the warehouse tests: stores from several fixtures, loads run
// in small slices (the job must survive being sliced), one-value queries and
// a hash of every table's content.
#pragma once

#include <string>
#include <vector>

#include "support/test_data.h"
#include "warehouse/star_schema.h"

namespace starcart::test {

// One FactStore from several fixture files under tests/data (one load).
FactStore load_fixtures(const std::vector<std::string>& relative_paths);

// Options that make a load deterministic: a fixed "today" and start time.
LoadOptions fixed_options();

// Loads `store` into `db` (a build when empty, an append after) in 0.5 ms
// slices; REQUIREs success.
LoadSummary load_into(Database& db, const FactStore& store, LoadOptions options = fixed_options());
Database build_warehouse(const FactStore& store, LoadOptions options = fixed_options());

// The first column of the first row, REQUIREd to exist.
int64_t q(Database& db, const std::string& sql);
std::string qs(Database& db, const std::string& sql);

// A hash of every table's rows (in rowid order, values with their types).
uint64_t hash_all_tables(Database& db);

}  // namespace starcart::test
