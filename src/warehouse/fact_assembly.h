// Builds the FactStore from the tables of a dataset (one file or several).
// Steps: (1) index the reference files by their keys (orders, customers,
// products, payments, category translation; dataset_lookups.h); (2) turn
// every order-line table into lines: a line's own columns first, then what
// its order, customer and product files say (Olist), carrying the keys into
// the store's dictionaries (SKUs upper-cased, ids normalised); (3) classify
// each line as sale, return or excluded (docs/metrics.md), add a return line
// for each refund (Shopify's Refunded Amount, a "refunded" status); (4) keep
// every payment row; (5) pick each product's most frequent name and
// category; (6) carry the load counts, rejected rows and key matches; (7) sort
// the lines by date (stable), which analyses rely on.
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

// Any dataset: its order-line files (profile.kind kOrderLines or kOrderItems)
// become the lines; the other kinds are looked up. Fails when no file holds
// order lines or one lacks the roles lines need.
Result<FactStore> assemble_dataset(std::vector<LoadedFile> files);

// The same (kept for callers that load order-line files only).
Result<FactStore> assemble_order_lines(std::vector<LoadedFile> files);

// The line rule: excluded when the unit price is ≤ 0 or the quantity is 0;
// otherwise a return when the order id is a cancellation ('C' followed by
// the invoice number's digits, C536379) or the quantity is negative;
// otherwise a sale.
LineKind classify_line(std::string_view order_id, int64_t quantity, Money unit_price);

}  // namespace starcart
