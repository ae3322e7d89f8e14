// Loads a FactStore into the SQLite star schema as a Job (DESIGN 3): the
// dashboard draws from the store at once while this fills SQLite a slice at
// a time. The same job builds an empty database and appends a newer export
// to a built one:
//   (1) plan: what is new (load_plan.h): files not loaded before, orders the
//       warehouse does not have; nothing new -> nothing changes
//   (2) dimensions (dim_load.h, dim_customer_load.h: SCD type 2)
//   (3) fact_orders, (4) fact_payments (the last reader of the orders'
//       totals, freed then), (5) fact_sales, (6) fact_returns
//       (fact_*_load.h); (6b) fact_events, (6c) fact_inventory, (6d) fact_spend when the
//       store carries event or stock rows (fact_events_load.h)
//   (7) on a first build, the indexes that are cheaper built once
//   (8) the load audit (load_audit.h)
//   (9) the marts (marts.h), (10) the data-quality report (data_quality.h)
//   (11) commit
// All in one transaction: a failed or cancelled load leaves the warehouse as
// it was. Money columns are exact integers at 1/10,000 (suffix _e4).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/job.h"
#include "warehouse/data_quality.h"
#include "warehouse/dim_load.h"
#include "warehouse/fact_store.h"
#include "warehouse/load_context.h"
#include "warehouse/schema_ddl.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

// The schema's DDL (tables, then views), for docs and tools.
const char* star_schema_ddl();

class StarSchemaJob : public Job {
 public:
  // Both must outlive the job. `db` is empty (a build) or holds a warehouse
  // this job appends to.
  StarSchemaJob(const FactStore& store, Database& db, LoadOptions options = {});
  ~StarSchemaJob() override;

  StepState step(double budget_ms) override;
  Progress progress() const override;
  const Error& error() const override { return error_; }
  void cancel() override { cancelled_ = true; }

  // What the load did, complete once step() returned kDone.
  const LoadSummary& summary() const;
  // The data-quality report computed at the end of the load (empty when the
  // load found nothing new).
  const QualityReport& quality() const;

 private:
  enum class Phase {
    kBegin, kPlan, kDimensions, kOrders, kPayments, kSales, kReturns, kEvents, kInventory, kSpend, kIndexes, kAudit, kMarts,
    kQuality, kCommit, kDone
  };
  Result<bool> run_phase(const StepClock& clock);
  void fail(Error e);

  struct Work;
  std::unique_ptr<Work> w_;
  Phase phase_ = Phase::kBegin;
  bool in_transaction_ = false;
  bool cancelled_ = false;
  Error error_;
};

}  // namespace starcart
