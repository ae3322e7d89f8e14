#include "warehouse/dataset_load_job.h"

#include <algorithm>
#include <utility>

#include "core/hash.h"

namespace starcart {

std::vector<Role> required_roles_for(const FileProfile& p) {
  const RoleMap m = p.roles();
  std::vector<Role> out;
  auto if_mapped = [&](Role r) {
    if (m.has(r)) out.push_back(r);
  };
  switch (p.kind) {
    case FileKind::kOrderLines:
    case FileKind::kOrderItems:
      // Dated lines of known customers need no order id (one order per customer and day).
      if (p.kind != FileKind::kOrderLines || !m.has(Role::kCustomerId) || m.has(Role::kOrderId))
        out.push_back(Role::kOrderId);
      if (p.kind == FileKind::kOrderLines) out.push_back(Role::kOrderDate);
      if_mapped(Role::kQuantity);
      if (m.has(Role::kUnitPrice)) out.push_back(Role::kUnitPrice);
      else if_mapped(Role::kLineTotal);
      break;
    case FileKind::kOrders:
    case FileKind::kPayments:
    case FileKind::kReturns: out.push_back(Role::kOrderId); break;
    case FileKind::kCustomers:
      if (m.has(Role::kCustomerId)) out.push_back(Role::kCustomerId);
      else if_mapped(Role::kCustomerUniqueId);
      break;
    case FileKind::kProducts: if_mapped(Role::kSku); break;
    // A stock row needs its product and count; an event its type and time
    // (rows without them are rejected with the column named).
    case FileKind::kInventory: if_mapped(Role::kSku); out.push_back(Role::kStockLevel); break;
    case FileKind::kEvents: out.push_back(Role::kEventType); if_mapped(Role::kOrderDate); break;
    // A spend row needs its day (the amount is checked by spend_assembly.h).
    case FileKind::kSpend: out.push_back(Role::kOrderDate); break;
    default: break;
  }
  return out;
}

DatasetLoadJob::DatasetLoadJob(std::vector<InputFile> files, CsvLoadOptions options)
    : files_(std::move(files)), options_(std::move(options)) {
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
        auto p = inspect_file(f.name, f.bytes);
        if (!p) {
          error_ = p.take_error();
          return StepState::kFailed;
        }
        f.profile = std::move(*p);
      }
      CsvLoadOptions o = options_;
      const bool lines = f.profile->kind == FileKind::kOrderLines || f.profile->kind == FileKind::kOrderItems;
      if (o.required.empty() || !lines) o.required = required_roles_for(*f.profile);
      job_ = make_table_load_job(*f.profile, f.bytes, std::move(o));
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
    if (f.release) {
      f.bytes = {};
      std::exchange(f.release, nullptr)();
    }
    ++current_;
    if (clock.expired() && current_ < files_.size()) return StepState::kRunning;
  }
  // (3) Assemble.
  auto store = assemble_dataset(std::move(loaded_));
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
