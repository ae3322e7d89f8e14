#include "warehouse/star_schema.h"

#include <algorithm>

#include "warehouse/fact_events_load.h"
#include "warehouse/fact_spend_load.h"
#include "warehouse/fact_orders_load.h"
#include "warehouse/fact_payments_load.h"
#include "warehouse/fact_returns_load.h"
#include "warehouse/fact_sales_load.h"
#include "warehouse/load_audit.h"
#include "warehouse/load_plan.h"
#include "warehouse/marts.h"
#include "warehouse/row_buffer.h"

namespace starcart {

const char* star_schema_ddl() { return warehouse_tables_ddl(); }

struct StarSchemaJob::Work {
  Work(const FactStore& s, Database& d, LoadOptions o) : c(s, d, std::move(o)) {}
  LoadContext c;
  std::unique_ptr<DimensionStep> dimensions;
  std::unique_ptr<OrderFacts> orders;
  std::unique_ptr<LineFacts> lines;
  std::unique_ptr<RowBuffer> rows;  // returns, then payments
  BulkInsert insert;
  bool insert_ready = false;
  std::unique_ptr<MartStep> marts;
  std::unique_ptr<QualityStep> quality;
  QualityReport report;
  double started_ms = 0;
};

StarSchemaJob::StarSchemaJob(const FactStore& store, Database& db, LoadOptions options)
    : w_(std::make_unique<Work>(store, db, std::move(options))) {}

StarSchemaJob::~StarSchemaJob() {
  // Statements and virtual tables go before a rollback of an unfinished load.
  w_->insert = BulkInsert();
  w_->marts.reset();
  w_->quality.reset();
  if (in_transaction_) static_cast<void>(w_->c.db.exec("ROLLBACK"));
}

const LoadSummary& StarSchemaJob::summary() const { return w_->c.summary; }
const QualityReport& StarSchemaJob::quality() const { return w_->report; }

void StarSchemaJob::fail(Error e) {
  error_ = std::move(e);
  w_->insert = BulkInsert();
  w_->marts.reset();
  w_->quality.reset();
  if (in_transaction_) static_cast<void>(w_->c.db.exec("ROLLBACK"));  // best effort: the error that matters is e
  in_transaction_ = false;
}

namespace {

// Runs a bulk insert of `source` into `table` in slices; true when done.
Result<bool> insert_in_slices(Database& db, BulkInsert& insert, bool& ready, const char* table,
                              const std::vector<std::string>& columns, const RowSource& source, const StepClock& clock) {
  if (!ready) {
    auto b = BulkInsert::create(db, table, columns, source);
    if (!b) return b.take_error();
    insert = std::move(*b);
    ready = true;
  }
  auto done = insert.insert_some(clock);
  if (!done) return done.take_error();
  if (*done) {
    insert = BulkInsert();
    ready = false;
  }
  return *done;
}

// Loads leave line_key and order_key to SQLite (the next rowid): make sure
// the keys it gave are the ones the plan numbered.
Status check_last_key(Database& db, const char* table, const char* key, int64_t expected) {
  auto last = db.query_int(std::string("SELECT coalesce(max(") + key + "), 0) FROM " + table);
  if (!last) return last.take_error();
  if (*last != expected)
    return make_error(ErrorCode::kSql, std::string(table) + "." + key + " ended at " + std::to_string(*last) +
                                           ", not " + std::to_string(expected) + ": the table was changed outside a load");
  return ok_status();
}

}  // namespace

// One phase, or a slice of it; true when the phase is complete.
Result<bool> StarSchemaJob::run_phase(const StepClock& clock) {
  Work& w = *w_;
  LoadContext& c = w.c;
  switch (phase_) {
    case Phase::kBegin:
      if (auto s = c.db.exec("BEGIN"); !s) return s.take_error();
      in_transaction_ = true;
      return true;
    case Phase::kPlan:
      if (auto s = plan_load(c); !s) return s.take_error();
      return true;
    case Phase::kDimensions:
      if (!w.dimensions) w.dimensions = std::make_unique<DimensionStep>(c);
      return w.dimensions->step(clock);
    case Phase::kOrders: {
      if (!w.orders) w.orders = std::make_unique<OrderFacts>(c);
      auto done = insert_in_slices(c.db, w.insert, w.insert_ready, "fact_orders", OrderFacts::columns(), *w.orders, clock);
      if (done && *done)
        if (auto s = check_last_key(c.db, "fact_orders", "order_key", c.next_order_key - 1); !s) return s.take_error();
      return done;
    }
    case Phase::kPayments: {
      if (!w.insert_ready) {
        auto rows = build_payments(c, *w.orders);
        if (!rows) return rows.take_error();
        w.rows = std::make_unique<RowBuffer>(std::move(*rows));
      }
      return insert_in_slices(c.db, w.insert, w.insert_ready, "fact_payments", payment_columns(), *w.rows, clock);
    }
    case Phase::kSales: {
      // Payments were the last to read the orders' totals (~25 MB at 1M
      // lines): freed before the largest table is written.
      w.orders.reset();
      w.rows.reset();
      if (!w.lines) w.lines = std::make_unique<LineFacts>(c);
      auto done = insert_in_slices(c.db, w.insert, w.insert_ready, "fact_sales", LineFacts::columns(), *w.lines, clock);
      if (done && *done)
        if (auto s = check_last_key(c.db, "fact_sales", "line_key", w.lines->line_key(c.lines.size()) - 1); !s)
          return s.take_error();
      return done;
    }
    case Phase::kReturns: {
      if (!w.insert_ready) {
        auto rows = build_returns(c, *w.lines);
        if (!rows) return rows.take_error();
        w.rows = std::make_unique<RowBuffer>(std::move(*rows));
      }
      return insert_in_slices(c.db, w.insert, w.insert_ready, "fact_returns", return_columns(), *w.rows, clock);
    }
    case Phase::kEvents: {
      if (!w.insert_ready) {
        auto rows = build_events(c);
        if (!rows) return rows.take_error();
        w.rows = std::make_unique<RowBuffer>(std::move(*rows));
      }
      return insert_in_slices(c.db, w.insert, w.insert_ready, "fact_events", event_columns(), *w.rows, clock);
    }
    case Phase::kInventory: {
      if (!w.insert_ready) {
        auto rows = build_inventory(c);
        if (!rows) return rows.take_error();
        w.rows = std::make_unique<RowBuffer>(std::move(*rows));
      }
      return insert_in_slices(c.db, w.insert, w.insert_ready, "fact_inventory", inventory_columns(), *w.rows, clock);
    }
    case Phase::kSpend: {
      if (!w.insert_ready) {
        auto rows = build_spend(c);
        if (!rows) return rows.take_error();
        w.rows = std::make_unique<RowBuffer>(std::move(*rows));
      }
      return insert_in_slices(c.db, w.insert, w.insert_ready, "fact_spend", spend_columns(), *w.rows, clock);
    }
    case Phase::kIndexes:
      // The facts are written: free their row builders before the indexes,
      // marts and checks, which need memory of their own (at 1M lines the
      // builders hold ~40 MB the later phases would otherwise stack on).
      w.rows.reset();
      w.orders.reset();
      w.lines.reset();
      w.dimensions.reset();
      c.release_plan();
      if (c.summary.first_build)
        if (auto s = c.db.exec(warehouse_deferred_indexes_ddl()); !s) return s.take_error();
      return true;
    case Phase::kAudit:
      if (auto s = write_load_audit(c); !s) return s.take_error();
      return true;
    case Phase::kMarts:
      if (!w.marts) w.marts = std::make_unique<MartStep>(c.db);
      return w.marts->step(clock);
    case Phase::kQuality: {
      if (!w.quality) {
        w.marts.reset();  // its scan state, freed before the checks build theirs
        w.quality = std::make_unique<QualityStep>(c.db, c.options.quality);
      }
      auto done = w.quality->step(clock);
      if (done && *done) w.report = w.quality->report();
      return done;
    }
    case Phase::kCommit:
      c.summary.timings.total = (c.options.clock_ms ? c.options.clock_ms() : now_ms()) - w.started_ms;
      if (auto s = finish_load_run(c); !s) return s.take_error();
      if (auto s = c.db.exec("COMMIT"); !s) return s.take_error();
      in_transaction_ = false;
      w.marts.reset();
      w.quality.reset();
      w.orders.reset();
      w.lines.reset();
      return true;
    case Phase::kDone: return true;
  }
  return true;
}

StepState StarSchemaJob::step(double budget_ms) {
  if (phase_ == Phase::kDone) return StepState::kDone;
  if (error_.code != ErrorCode::kOk) return StepState::kFailed;
  StepClock clock(budget_ms);
  LoadTimings& t = w_->c.summary.timings;
  double (*timer)() = w_->c.options.clock_ms ? w_->c.options.clock_ms : now_ms;
  if (phase_ == Phase::kBegin) w_->started_ms = timer();
  while (phase_ != Phase::kDone) {
    if (cancelled_) {
      fail(make_error(ErrorCode::kCancelled, "building the SQLite tables was cancelled"));
      return StepState::kFailed;
    }
    const double t0 = timer();
    auto done = run_phase(clock);
    const double spent = timer() - t0;
    switch (phase_) {
      case Phase::kPlan: t.plan += spent; break;
      case Phase::kDimensions: t.dimensions += spent; break;
      case Phase::kOrders: t.orders += spent; t.facts += spent; break;
      case Phase::kSales: t.lines += spent; t.facts += spent; break;
      case Phase::kReturns: case Phase::kPayments: t.facts += spent; break;
      case Phase::kEvents: t.events += spent; t.facts += spent; break;
      case Phase::kInventory: t.stock += spent; t.facts += spent; break;
      case Phase::kSpend: t.facts += spent; break;
      case Phase::kIndexes: t.indexes += spent; break;
      case Phase::kAudit: t.audit += spent; break;
      case Phase::kMarts: t.marts += spent; break;
      case Phase::kQuality: t.quality += spent; break;
      default: break;
    }
    if (!done) {
      fail(done.take_error());
      return StepState::kFailed;
    }
    if (!*done) return StepState::kRunning;
    if (phase_ == Phase::kPlan && w_->c.summary.nothing_new) {
      // Every file was loaded before: leave the warehouse untouched.
      static_cast<void>(w_->c.db.exec("ROLLBACK"));
      in_transaction_ = false;
      w_->c.summary.timings.total = timer() - w_->started_ms;
      phase_ = Phase::kDone;
      break;
    }
    phase_ = static_cast<Phase>(static_cast<int>(phase_) + 1);
    if (phase_ != Phase::kDone && clock.expired()) return StepState::kRunning;
  }
  return StepState::kDone;
}

Progress StarSchemaJob::progress() const {
  const Work& w = *w_;
  Progress p;
  const int64_t lines = w.c.summary.lines_appended;  // c.lines is freed after the facts
  // Work units: the lines written, then scanned for the marts, then for quality.
  int64_t done = 0;
  switch (phase_) {
    case Phase::kBegin: case Phase::kPlan: p.stage = "Planning the SQLite load"; break;
    case Phase::kDimensions: p.stage = "Building dimensions"; break;
    case Phase::kOrders: p.stage = "Writing orders"; break;
    case Phase::kSales:
      p.stage = "Writing order lines";
      done = w.insert_ready ? w.insert.done() : 0;
      break;
    case Phase::kPayments: p.stage = "Writing payments"; break;
    case Phase::kReturns: p.stage = "Linking returns"; done = lines; break;
    case Phase::kEvents: p.stage = "Writing events"; done = lines; break;
    case Phase::kInventory: p.stage = "Writing stock"; done = lines; break;
    case Phase::kSpend: p.stage = "Writing marketing spend"; done = lines; break;
    case Phase::kIndexes: p.stage = "Building indexes"; done = lines; break;
    case Phase::kAudit: p.stage = "Writing the load audit"; done = lines; break;
    case Phase::kMarts:
      p.stage = "Building marts";
      done = lines + (w.marts ? std::min(lines, w.marts->rows_scanned()) : 0);
      break;
    case Phase::kQuality:
      p.stage = "Checking data quality";
      done = 2 * lines + (w.quality ? std::min(lines, w.quality->rows_done()) : 0);
      break;
    case Phase::kCommit: case Phase::kDone:
      p.stage = "SQLite ready";
      done = 3 * lines;
      break;
  }
  p.total = 3 * std::max<int64_t>(lines, 1);
  p.done = phase_ == Phase::kDone ? p.total : std::min(done, p.total);
  p.rows = std::min(done, lines);
  return p;
}

}  // namespace starcart
