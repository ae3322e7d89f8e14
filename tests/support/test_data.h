// Helpers for tests: fixture files under tests/data, and loading a CSV
// through the whole ingest path.
#pragma once

#include <string>

#include <vector>

#include "analytics/filter.h"
#include "core/result.h"
#include "warehouse/fact_store.h"

namespace starcart::test {

// Bytes of tests/data/<relative> (works natively and under node's raw FS).
std::string read_data_file(const std::string& relative);

// Inspects and loads CSV bytes as order lines into a FactStore.
Result<FactStore> load_csv(const std::string& name, const std::string& bytes);

// The same for a fixture file.
FactStore load_fixture(const std::string& relative);

// The default demo shop (50,000 lines, seed 42), loaded once for all the
// tests that compare two ways of computing the same figures on it.
const FactStore& demo_store();

// Filters whose selections are whole days of `store` (all data, the last
// year, a quarter inside it, one day): there the passes read the sale runs
// (analytics/fact_index.h (6)), and tests compare them with the line pass.
std::vector<Filter> whole_day_filters(const FactStore& store);

// The same lines read line by line (without whole_days).
Selection line_by_line(Selection selection);

}  // namespace starcart::test
