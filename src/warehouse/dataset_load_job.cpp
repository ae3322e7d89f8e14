#include "warehouse/dataset_load_job.h"

#include <algorithm>

#include "core/hash.h"

namespace starcart {

DatasetLoadJob::DatasetLoadJob(std::vector<InputFile> files, CsvLoadOptions options)
    : files_(std::move(files)), options_(std::move(options)) {
  if (options_.required.empty()) options_.required = order_line_required_roles();
  for (const InputFile& f : files_) total_bytes_ += static_cast<int64_t>(f.bytes.size());
  if (files_.empty()) error_ = make_error(ErrorCode::kEmptyInput, "no file was given");
}

void DatasetLoadJob::cancel() {
  cancelled_ = true;
  if (job_) job_->cancel();
}

StepState DatasetLoadJob::step(double budget_ms) {
  if (error_.code != ErrorCode::kOk) return StepState::kFailed;
  if (done_) return StepState::kDone;
  const double start = now_ms();
  StepClock clock(budget_ms);
  while (current_ < files_.size()) {
    if (cancelled_) {
      error_ = make_error(ErrorCode::kCancelled, "loading was cancelled");
      return StepState::kFailed;
    }
    InputFile& f = files_[current_];
    if (!job_) {
      // (1) Inspect.
      if (!f.profile) {
        auto p = inspect_csv(f.name, f.bytes);
        if (!p) {
          error_ = p.take_error();
          return StepState::kFailed;
        }
        f.profile = std::move(*p);
      }
      job_ = std::make_unique<CsvLoadJob>(*f.profile, f.bytes, options_);
    }
    // (2) Read, a slice at a time.
    StepState st = job_->step(std::max(1.0, budget_ms - (now_ms() - start)));
    if (st == StepState::kFailed) {
      error_ = job_->error();
      return StepState::kFailed;
    }
    if (st == StepState::kRunning) return StepState::kRunning;
    Table t = job_->take_table();
    rows_ += t.counts.rows_read;
    done_bytes_ += static_cast<int64_t>(f.bytes.size());
    loaded_.push_back(LoadedFile{*f.profile, std::move(t), hash_bytes(f.bytes.data(), f.bytes.size())});
    job_.reset();
    ++current_;
    if (clock.expired() && current_ < files_.size()) return StepState::kRunning;
  }
  // (3) Assemble.
  auto store = assemble_order_lines(std::move(loaded_));
  if (!store) {
    error_ = store.take_error();
    return StepState::kFailed;
  }
  store_ = std::move(*store);
  done_ = true;
  return StepState::kDone;
}

Progress DatasetLoadJob::progress() const {
  Progress p;
  if (job_) {
    Progress inner = job_->progress();
    p.stage = inner.stage;
    p.done = done_bytes_ + inner.done;
    p.rows = rows_ + inner.rows;
  } else {
    p.stage = done_ ? "Loaded" : "Reading";
    p.done = done_bytes_;
    p.rows = rows_;
  }
  p.total = total_bytes_;
  return p;
}

Result<FactStore> load_dataset(std::vector<InputFile> files, CsvLoadOptions options) {
  DatasetLoadJob job(std::move(files), std::move(options));
  if (auto s = run_to_end(job); !s) return s.take_error();
  return job.take_store();
}

}  // namespace starcart
