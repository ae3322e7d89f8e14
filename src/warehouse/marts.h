// The marts, rebuilt from the facts after every load (so they always describe
// the whole warehouse, after any number of incremental loads):
//   mart_customer        per customer with a sale: first/last order, orders,
//                        revenue, average order value, recency
//   mart_daily_sales     per day of dim_date: orders, revenue, customers, new customers
//   mart_customer_month  per customer and month with a sale, with the cohort month
//   mart_product         per product with a sale or return
// Steps: (1) read fact_sales once in line_key order (an order's lines are
// one range), a slice at a time,
// summing into dense arrays (distinct orders by a last-seen check, distinct
// customers in exact sets); (2) read the dimension names; (3)
// replace the mart tables with bulk inserts, a slice at a time. The tests
// recompute every mart with plain SQL GROUP BY queries (docs/warehouse.md
// lists them) and require equality.
#pragma once

#include <memory>

#include "core/job.h"
#include "core/result.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

class MartStep {
 public:
  explicit MartStep(Database& db);
  ~MartStep();
  // true when every mart is rebuilt.
  Result<bool> step(const StepClock& clock);
  int64_t rows_scanned() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Rebuilds the marts at once (tests, tools).
Status rebuild_marts(Database& db);

}  // namespace starcart
