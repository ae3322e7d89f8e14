#include "ingest/json_load_job.h"

#include "core/hash.h"
#include "ingest/json_profile.h"

namespace starcart {

JsonLoadJob::JsonLoadJob(FileProfile profile, std::string_view bytes, CsvLoadOptions options)
    : profile_(std::move(profile)), options_(std::move(options)), bytes_(bytes) {
  std::string missing = missing_required_roles(profile_, options_.required);
  if (!missing.empty()) error_ = make_error(ErrorCode::kMissingRole, missing, Location{profile_.name});
}

bool JsonLoadJob::open() {
  text_ = json_text(bytes_, profile_.encoding, owned_);
  auto r = JsonRecords::open(profile_.name, text_);
  if (!r) {
    error_ = r.take_error();
    return false;
  }
  records_.emplace(std::move(*r));
  // The profile's columns first (with their roles), then any column that
  // only appears past the inspected sample: nothing is dropped.
  BuildSpec spec = build_spec_for(profile_, options_);
  header_ = spec.header;
  records_->discover_columns(0, records_->size(), header_);
  spec.header = header_;
  spec.roles.resize(header_.size(), Role::kNone);
  spec.types.resize(header_.size(), ValueType::kText);
  spec.column_date_orders.resize(header_.size());
  builder_ = std::make_unique<TableBuilder>(std::move(spec));
  return true;
}

StepState JsonLoadJob::step(double budget_ms) {
  if (error_.code != ErrorCode::kOk) return StepState::kFailed;
  if (finished_) return StepState::kDone;
  if (!records_ && !open()) return StepState::kFailed;
  StepClock clock(budget_ms);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string_view> fields;
  std::string error;
  for (int n = 0; next_ < records_->size(); ++n) {
    if ((n & 63) == 63) {
      if (cancelled_) {
        error_ = make_error(ErrorCode::kCancelled, "loading was cancelled", Location{profile_.name});
        return StepState::kFailed;
      }
      if (clock.expired()) return StepState::kRunning;
    }
    const size_t r = next_++;
    const std::string_view raw = records_->text(r);
    int64_t at = 0;
    if (!records_->flatten(r, header_, rows, error, at)) {
      TextPosition pos = position_of(text_, records_->offset(r) + at);
      builder_->reject(records_->line(r), raw, ErrorCode::kJsonSyntax, 0,
                       error + " (line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ")");
      continue;
    }
    const uint64_t record_hash = hash_string(raw);
    for (size_t i = 0; i < rows.size(); ++i) {
      fields.assign(rows[i].begin(), rows[i].end());
      builder_->add_fields(fields, records_->line(r), raw, records_->offset(r), hash_combine(record_hash, i));
    }
  }
  auto raw_at = [this](int64_t offset) {
    const size_t end = json_value_end(text_, static_cast<size_t>(offset));
    return std::string(text_.substr(static_cast<size_t>(offset), end - static_cast<size_t>(offset)));
  };
  table_ = builder_->finish(raw_at);
  table_.bytes = profile_.bytes;
  table_.decisions.insert(table_.decisions.begin(),
                          Decision{"", std::string("encoding ") + encoding_name(profile_.encoding.encoding),
                                   profile_.encoding.evidence, false});
  table_.decisions.insert(table_.decisions.begin() + 1,
                          Decision{"", std::string("read as ") + file_format_name(profile_.format),
                                   profile_.dialect_evidence, false});
  finished_ = true;
  return StepState::kDone;
}

Progress JsonLoadJob::progress() const {
  Progress p;
  p.stage = "Reading " + profile_.name;
  p.total = profile_.bytes;
  p.done = records_ && next_ > 0 && next_ <= records_->size()
               ? (next_ == records_->size() ? p.total : records_->offset(next_))
               : 0;
  p.rows = builder_ ? builder_->rows_read() : 0;
  if (finished_) p.rows = table_.counts.rows_read;
  return p;
}

}  // namespace starcart
