// The SQLite star schema, built from the FactStore as a Job (DESIGN 3): the
// dashboard draws from the store at once while this fills SQLite a slice at
// a time. Order: (1) tables, (2) dimensions, (3) facts in slices, (4)
// indexes, (5) commit; all in one transaction.
//
// Money columns are exact integers at 1/10,000 of the currency and say so in
// their names (revenue_e4); the view `sales` shows them as decimals.
#pragma once

#include <string>
#include <vector>

#include "core/job.h"
#include "warehouse/fact_store.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

// The schema's DDL (tables, then views), for docs and the schema browser.
const char* star_schema_ddl();

// yyyymmdd, the dim_date key of a day.
int32_t date_key(Day d);

class StarSchemaJob : public Job {
 public:
  // Both must outlive the job; `db` should be empty.
  StarSchemaJob(const FactStore& store, Database& db);

  StepState step(double budget_ms) override;
  Progress progress() const override;
  const Error& error() const override { return error_; }
  void cancel() override { cancelled_ = true; }

 private:
  enum class Phase { kCreate, kDimensions, kFacts, kIndexes, kCommit, kDone };
  Status create();
  Status dimensions();
  // Inserts fact rows until the clock expires; true when all are in.
  Result<bool> facts(const StepClock& clock);
  Status indexes();

  const FactStore& store_;
  Database& db_;
  Phase phase_ = Phase::kCreate;
  size_t next_line_ = 0;
  std::vector<uint32_t> line_number_;  // per line: 1-based position within its order
  Statement insert_fact_;
  bool cancelled_ = false;
  Error error_;
};

}  // namespace starcart
