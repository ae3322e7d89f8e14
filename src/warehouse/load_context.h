// What one load of a FactStore into the warehouse knows as it goes: the
// caller's options, the plan (which lines are new), the surrogate keys each
// store id maps to, and the summary it reports. The steps of StarSchemaJob
// (star_schema.h) read and fill it in order; each step lives in its own file.
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "core/date.h"
#include "warehouse/data_quality.h"
#include "warehouse/fact_store.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

struct LoadOptions {
  QualityOptions quality;
  double parse_ms = -1;               // files to facts, when the caller measured it (< 0: unknown)
  std::vector<double> file_parse_ms;  // per store file, when measured
  std::string started_at;             // UTC 'YYYY-MM-DDTHH:MM:SSZ'; empty = now
  double (*clock_ms)() = nullptr;     // what phase timings read; null = now_ms (benchmarks pass CPU time)
};

// Per input file of the store.
struct FileLoad {
  std::string name;
  int64_t file_key = 0;
  bool same_bytes_as_earlier = false;  // loaded before (or twice in this load): nothing taken from it
  LoadCounts counts;                   // ingest's balance, carried on
  int64_t excluded_lines = 0;
  int64_t lines_appended = 0;
  int64_t lines_already_loaded = 0;
  double parse_ms = -1;
};

// Milliseconds per phase of a load.
struct LoadTimings {
  double plan = 0, dimensions = 0, facts = 0, indexes = 0, audit = 0, marts = 0, quality = 0, total = 0;
  double orders = 0, lines = 0;  // parts of facts: fact_orders, fact_sales
  double events = 0, stock = 0;  // parts of facts: fact_events, fact_inventory
  // Plan, dimensions, facts, indexes and audit: the star schema itself.
  double star() const { return plan + dimensions + facts + indexes + audit; }
};

struct LoadSummary {
  int64_t load_id = 0;
  bool first_build = false;
  bool nothing_new = false;  // every file was loaded before: the warehouse is unchanged
  int64_t store_lines = 0;
  int64_t lines_appended = 0;
  int64_t lines_already_loaded = 0;
  int64_t orders_appended = 0;
  int64_t orders_already_loaded = 0;
  int64_t orders_changed = 0;  // already loaded but different now; kept as first loaded
  int64_t customers_new = 0;
  int64_t customer_versions_new = 0;
  int64_t products_new = 0;
  int64_t returns_appended = 0;
  int64_t returns_linked = 0;
  int64_t payments_appended = 0;
  int64_t events_appended = 0;            // fact_events rows (fact_events_load.h)
  int64_t events_unknown_product = 0;     //   of them with a product the lines do not have (key 0)
  int64_t stock_appended = 0;             // fact_inventory rows
  int64_t stock_unknown_product = 0;
  int64_t spend_appended = 0;             // fact_spend rows (fact_spend_load.h)
  std::vector<FileLoad> files;
  LoadTimings timings;
};

struct LoadContext {
  LoadContext(const FactStore& s, Database& d, LoadOptions o) : store(s), db(d), options(std::move(o)) {}

  const FactStore& store;
  Database& db;
  LoadOptions options;
  LoadSummary summary;

  // --- plan (load_plan.cpp) ---------------------------------------------------
  std::vector<uint32_t> lines;          // store lines to append, in store (day) order
  std::vector<uint8_t> order_exists;    // per store order id: 1 when the warehouse has it
  std::vector<int64_t> file_key;        // per store file
  int64_t next_line_key = 1, next_order_key = 1;
  Day data_first_day = 0, data_last_day = 0;  // over the appended lines with a date
  bool has_dates = false;

  // --- plan of the side facts (fact_events_load.cpp): rows of files not loaded before
  std::vector<uint32_t> event_rows;     // indexes into FactStore::events
  std::vector<uint32_t> stock_rows;     // indexes into FactStore::stock
  std::vector<uint32_t> spend_rows;     // indexes into FactStore::spend

  // --- keys per store dictionary id (dim_load.cpp, dim_customer_load.cpp) ----
  std::vector<int64_t> product_key;
  std::vector<int64_t> customer_key;    // durable key; 0 = guest
  std::vector<int64_t> payment_key;
  // Per FactStore::payments row: its dim_payment member (type, installments);
  // 0 when its order is not appended.
  std::vector<int64_t> payment_row_key;
  // Per appended line (index into `lines`): composite dimensions.
  std::vector<uint32_t> line_geography;
  std::vector<uint32_t> line_channel;

  // --- facts (fact_orders_load.cpp) -------------------------------------------
  std::vector<int64_t> order_key;       // per store order id; 0 = not appended
  std::vector<uint32_t> line_number;    // per appended line: 1-based within its order

  // Once every fact is written, the plan and keys above are read no more
  // (the audit, marts and checks read the summary and the database): frees
  // them, ~17 MB at 1M lines, before the marts and checks need memory.
  void release_plan() {
    auto drop = [](auto& v) { std::decay_t<decltype(v)>().swap(v); };
    drop(lines), drop(order_exists), drop(event_rows), drop(stock_rows), drop(spend_rows);
    drop(product_key), drop(customer_key), drop(payment_key), drop(payment_row_key);
    drop(line_geography), drop(line_channel), drop(order_key), drop(line_number);
  }
};

}  // namespace starcart
