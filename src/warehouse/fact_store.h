// The columnar form of the facts (DESIGN 3): one entry per order line, keys
// dictionary-encoded, dates as day numbers, money exact. The dashboard and
// every analysis read this store; the SQLite star schema is built from it
// afterwards and must agree with it exactly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/dictionary.h"
#include "core/money.h"
#include "ingest/table.h"

namespace starcart {

// How a line counts (docs/metrics.md): excluded lines are kept and shown in
// data quality but are in no figure.
enum class LineKind : uint8_t { kSale = 0, kReturn = 1, kExcluded = 2 };

// One input file's part in the facts.
struct SourceFile {
  std::string name;
  std::string layout;
  std::string encoding;
  int64_t bytes = 0;
  uint64_t fingerprint = 0;  // hash of the file's bytes: same file, same value
  LoadCounts counts;
  std::vector<Decision> decisions;
};

struct FactStore {
  // --- dimensions: dictionaries, id 0 = missing / unknown -------------------
  Dictionary orders;
  Dictionary products;       // SKU, upper-cased (85123a and 85123A are one product)
  Dictionary product_names;
  Dictionary customers;      // id 0 = guest (no customer id)
  Dictionary countries;
  Dictionary categories;
  Dictionary channels;
  Dictionary campaigns;
  Dictionary payment_types;
  Dictionary states;         // state / province / region as written
  Dictionary cities;

  // Per product id: its most frequent name and category.
  std::vector<uint32_t> product_name;
  std::vector<uint32_t> product_category;

  // --- facts: one entry per order line, sorted by day (stable) -------------
  std::vector<uint32_t> order;
  std::vector<uint32_t> product;
  std::vector<uint32_t> customer;
  std::vector<uint32_t> country;
  std::vector<uint32_t> category;
  std::vector<uint32_t> channel;
  std::vector<uint32_t> campaign;
  std::vector<uint32_t> payment;
  std::vector<uint32_t> state;
  std::vector<uint32_t> city;
  std::vector<Day> day;
  std::vector<int32_t> second;      // seconds since midnight; -1 when unknown
  std::vector<int32_t> quantity;    // as written (negative on returns)
  std::vector<Money> unit_price;
  std::vector<Money> discount;
  std::vector<Money> value;         // sale: q × p − discount; return: |q × p|
  std::vector<LineKind> kind;
  std::vector<uint16_t> source_file;   // index into files
  std::vector<int64_t> source_line;    // physical line in that file

  // --- optional per-line columns: empty vectors when no file has the column --
  // (added for the warehouse's cost and return reasons; kNullValue / id 0 on
  // the lines of files without it)
  std::vector<Money> unit_cost;           // Role::kCost
  Dictionary return_reasons;
  std::vector<uint32_t> return_reason;    // Role::kReturnReason; 0 = none given

  // --- provenance ------------------------------------------------------------
  std::vector<SourceFile> files;
  std::vector<RejectedRow> rejected;
  int64_t excluded_lines = 0;
  Day first_day = 0, last_day = 0;   // over all non-excluded lines
  std::string currency_symbol;       // "" when the data does not say

  size_t lines() const { return order.size(); }
  LoadCounts totals() const;
  size_t memory_bytes() const;
};

}  // namespace starcart
