// Long work runs as a job with step(budget) (DESIGN 2): the page is
// single-threaded wasm, so parsing, loading and model fitting advance a few
// milliseconds per frame, report progress, and can be cancelled. The CLI runs
// the same jobs to completion with run_to_end().
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace starcart {

struct Progress {
  std::string stage;        // "Reading orders.csv", "Building SQLite tables"
  int64_t done = 0;         // units of work done (bytes for parsing, rows for loading)
  int64_t total = 0;        // 0 when unknown
  int64_t rows = 0;         // rows handled so far
  double fraction() const { return total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0; }
};

enum class StepState : uint8_t { kRunning, kDone, kFailed };

class Job {
 public:
  virtual ~Job() = default;
  // Does work for about budget_ms milliseconds, then returns.
  virtual StepState step(double budget_ms) = 0;
  virtual Progress progress() const = 0;
  // Valid after step() returned kFailed.
  virtual const Error& error() const = 0;
  // Asks the job to stop; the next step() returns kFailed with kCancelled.
  virtual void cancel() = 0;
};

// Milliseconds from a monotonic clock (performance.now() in the browser).
double now_ms();

// Runs a job to its end (CLI, tests, benchmarks).
Status run_to_end(Job& job);

// A deadline for one step: cheap to poll every few hundred rows.
class StepClock {
 public:
  explicit StepClock(double budget_ms) : end_(now_ms() + budget_ms) {}
  bool expired() const { return now_ms() >= end_; }

 private:
  double end_;
};

}  // namespace starcart
