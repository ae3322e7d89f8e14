#include "ingest/csv_load_job.h"

namespace starcart {

std::vector<Role> order_line_required_roles() {
  return {Role::kOrderId, Role::kOrderDate, Role::kQuantity, Role::kUnitPrice};
}

namespace {

BuildSpec spec_for(const FileProfile& p, const CsvLoadOptions& o) {
  BuildSpec s;
  s.source = p.name;
  for (const ColumnProfile& c : p.columns) {
    s.header.push_back(c.name);
    s.roles.push_back(c.guess.role);
  }
  s.encoding = p.encoding.encoding;
  s.number_style = p.number_style;
  s.required = o.required;
  s.date_order = o.date_order;
  return s;
}

}  // namespace

CsvLoadJob::CsvLoadJob(FileProfile profile, std::string_view bytes, CsvLoadOptions options)
    : profile_(std::move(profile)),
      tokenizer_(profile_.dialect),
      builder_(spec_for(profile_, options)) {
  text_ = bytes.substr(std::min(bytes.size(), profile_.encoding.bom_bytes));
  const Encoding e = profile_.encoding.encoding;
  if (e == Encoding::kUtf16Le || e == Encoding::kUtf16Be) {
    owned_ = utf16_to_utf8(text_, e == Encoding::kUtf16Be);
    text_ = owned_;
  }
  RoleMap roles = profile_.roles();
  std::string missing;
  for (Role r : options.required) {
    if (roles.has(r)) continue;
    if (!missing.empty()) missing += ", ";
    missing += role_info(r).label;
  }
  if (!missing.empty()) {
    error_ = make_error(ErrorCode::kMissingRole, "no column found for " + missing, Location{profile_.name});
    finished_ = true;
  }
}

StepState CsvLoadJob::step(double budget_ms) {
  if (error_.code != ErrorCode::kOk) return StepState::kFailed;
  if (finished_) return StepState::kDone;
  StepClock clock(budget_ms);
  for (int n = 0;; ++n) {
    if ((n & 255) == 255) {
      if (cancelled_) {
        error_ = make_error(ErrorCode::kCancelled, "loading was cancelled", Location{profile_.name});
        return StepState::kFailed;
      }
      if (clock.expired()) return StepState::kRunning;
    }
    if (!tokenizer_.next(text_, pos_, true, row_)) break;
    if (!header_done_) {
      header_done_ = true;
      if (profile_.has_header) continue;
    }
    builder_.add(row_);
  }
  // The raw text of a row rejected at finish is read back from its offset.
  auto raw_at = [this](int64_t offset) {
    CsvTokenizer t(profile_.dialect);
    CsvRow r;
    size_t p = static_cast<size_t>(offset);
    return t.next(text_, p, true, r) ? std::string(r.raw) : std::string();
  };
  table_ = builder_.finish(raw_at);
  table_.bytes = profile_.bytes;
  table_.decisions.insert(table_.decisions.begin(),
                          Decision{"", std::string("encoding ") + encoding_name(profile_.encoding.encoding),
                                   profile_.encoding.evidence, false});
  finished_ = true;
  return StepState::kDone;
}

Progress CsvLoadJob::progress() const {
  Progress p;
  p.stage = "Reading " + profile_.name;
  p.done = static_cast<int64_t>(pos_);
  p.total = static_cast<int64_t>(text_.size());
  p.rows = finished_ ? table_.counts.rows_read : builder_.rows_read();
  return p;
}

}  // namespace starcart
