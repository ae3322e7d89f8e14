// Helpers for tests: fixture files under tests/data, and loading a CSV
// through the whole ingest path.
#pragma once

#include <string>

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

}  // namespace starcart::test
