// Builds the FactStore from ingested order-line tables. Steps: (1) map each
// table's dictionaries into the store's (SKUs upper-cased, ids normalised);
// (2) copy the typed role columns line by line; (3) classify each line as
// sale, return or excluded (docs/metrics.md); (4) pick each product's most
// frequent name and category; (5) carry the load counts and rejected rows;
// (6) sort the lines by date (stable), which analyses rely on.
#pragma once

#include <vector>

#include "core/result.h"
#include "ingest/file_profile.h"
#include "ingest/table.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct LoadedFile {
  FileProfile profile;
  Table table;
  uint64_t fingerprint = 0;
};

Result<FactStore> assemble_order_lines(std::vector<LoadedFile> files);

// The line rule: excluded when the unit price is ≤ 0 or the quantity is 0;
// otherwise a return when the order id starts with 'C' or the quantity is
// negative; otherwise a sale.
LineKind classify_line(std::string_view order_id, int64_t quantity, Money unit_price);

}  // namespace starcart
