// Load step 7, the audit: one load_run row per load, one load_audit row per
// input file with ingest's balance carried on (rows read = loaded + rejected
// + duplicates) and what the load took from it, and the rejected rows with
// file, line, column, reason and raw text.
#pragma once

#include <string>

#include "warehouse/load_context.h"

namespace starcart {

Status write_load_audit(LoadContext& c);
// The timings known only at the end (marts, quality, total).
Status finish_load_run(LoadContext& c);

// UTC now as 'YYYY-MM-DDTHH:MM:SSZ'.
std::string utc_timestamp_now();

}  // namespace starcart
