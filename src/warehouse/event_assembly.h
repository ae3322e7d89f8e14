// The side files of a dataset that are not order lines but hang off them:
// event logs, stock snapshots and delivery dates. Run by assemble_dataset
// after the lines, so products, customers and orders are known:
//  - events: each row is dated (its time column), its name mapped to a
//    funnel step (funnel_steps.h), its session (else visitor) interned, its
//    visitor matched to a customer of the lines, its order to those of the
//    lines, its product to those of the lines or a products file; a product
//    neither names stays 0 (the unknown member) and is counted.
//  - stock: each row is a product's units on hand on a day (the snapshot
//    column; without one, the last day of sales, said in a decision); its
//    product is matched as an event's. A
//    negative count or a missing date rejects the row.
//  - spend: each row is money spent on a channel (and optionally a
//    campaign) on a day (FileKind::kSpend). The amount is the spend column,
//    else a cost column, else an amount / total column (a spend file has no
//    line prices, so those mean the spend). Names are kept as written in
//    their own dictionaries: analytics/marketing.h matches them to the
//    lines' channels and reports the ones no order line has. A row without
//    a day or an amount, or with a negative amount, is rejected.
//  - delivery dates: an orders file (Olist) or the lines themselves give
//    the promised and actual delivery day per order.
// Rejected rows are kept on the table with file, line, column and reason,
// and its balance (read = loaded + rejected + duplicates) holds.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>

#include "warehouse/fact_assembly.h"

namespace starcart {

// The SKUs (upper-cased) of the products files: with the order lines' SKUs,
// the products the shop is known to have.
using Catalogue = std::unordered_set<std::string>;
Catalogue products_catalogue(const std::vector<LoadedFile>& files);

void add_events_file(FactStore& s, const Catalogue& catalogue, LoadedFile& lf, uint16_t file);
void add_stock_file(FactStore& s, const Catalogue& catalogue, LoadedFile& lf, uint16_t file);
void add_spend_file(FactStore& s, LoadedFile& lf, uint16_t file);
// Every file of kind orders / order lines / order items with a delivered or
// promised date column.
void add_delivery_dates(FactStore& s, const std::vector<LoadedFile>& files);

}  // namespace starcart
