#include "ingest/csv_load_job.h"

#include "ingest/json_load_job.h"

namespace starcart {

std::vector<Role> order_line_required_roles() {
  return {Role::kOrderId, Role::kOrderDate, Role::kQuantity, Role::kUnitPrice};
}

BuildSpec build_spec_for(const FileProfile& p, const CsvLoadOptions& o) {
  BuildSpec s;
  s.source = p.name;
  int order_column = -1;
  for (size_t c = 0; c < p.columns.size(); ++c) {
    const ColumnProfile& col = p.columns[c];
    s.header.push_back(col.name);
    s.roles.push_back(col.guess.role);
    s.column_date_orders.push_back(col.date_order);
    s.types.push_back(col.type.type);
    if (col.guess.role == Role::kOrderId) order_column = static_cast<int>(c);
  }
  s.keep_duplicates = order_column < 0 && p.kind == FileKind::kOrderLines && p.roles().has(Role::kCustomerId);
  s.encoding = p.encoding.encoding;
  if (p.format != FileFormat::kCsv) s.encoding = Encoding::kUtf8;  // JSON text is transcoded whole
  s.number_style = p.number_style;
  s.required = o.required;
  s.date_order = o.date_order;
  if (p.carry_down && order_column >= 0) {
    s.carry_key = order_column;
    for (const ColumnProfile& col : p.columns)
      s.carry_down.push_back(!is_line_item_column(normalize_header(col.name)) &&
                             col.guess.role != Role::kOrderId);
  }
  return s;
}

std::string missing_required_roles(const FileProfile& p, const std::vector<Role>& required) {
  const RoleMap roles = p.roles();
  std::string missing;
  for (Role r : required) {
    if (roles.has(r)) continue;
    if (!missing.empty()) missing += ", ";
    missing += role_info(r).label;
  }
  return missing.empty() ? "" : "no column found for " + missing;
}

std::unique_ptr<TableLoadJob> make_table_load_job(FileProfile profile, std::string_view bytes, CsvLoadOptions options) {
  if (profile.format == FileFormat::kCsv)
    return std::make_unique<CsvLoadJob>(std::move(profile), bytes, std::move(options));
  return std::make_unique<JsonLoadJob>(std::move(profile), bytes, std::move(options));
}

CsvLoadJob::CsvLoadJob(FileProfile profile, std::string_view bytes, CsvLoadOptions options)
    : profile_(std::move(profile)),
      tokenizer_(profile_.dialect),
      builder_(build_spec_for(profile_, options)) {
  text_ = bytes.substr(std::min(bytes.size(), profile_.encoding.bom_bytes));
  const Encoding e = profile_.encoding.encoding;
  if (e == Encoding::kUtf16Le || e == Encoding::kUtf16Be) {
    owned_ = utf16_to_utf8(text_, e == Encoding::kUtf16Be);
    text_ = owned_;
  }
  std::string missing = missing_required_roles(profile_, options.required);
  if (!missing.empty()) {
    error_ = make_error(ErrorCode::kMissingRole, missing, Location{profile_.name});
    finished_ = true;
  }
  // Room for the rows the preview's row length predicts (+10 %).
  size_t preview_bytes = 0, preview_rows = 0;
  for (const auto& row : profile_.preview) {
    ++preview_rows;
    for (const std::string& f : row) preview_bytes += f.size() + 1;
  }
  if (preview_rows > 0 && preview_bytes > 0 && !text_.empty())
    builder_.reserve(text_.size() / (preview_bytes / preview_rows) * 11 / 10 + 16);
}

void CsvLoadJob::add(const CsvRow& row) {
  if (!header_done_) {
    header_done_ = true;
    if (profile_.has_header) return;
  }
  builder_.add(row);
}

Table CsvLoadJob::finish_table(const TableBuilder::RawLookup& raw_at) {
  Table t = builder_.finish(raw_at);
  t.bytes = profile_.bytes;
  t.decisions.insert(t.decisions.begin(),
                     Decision{"", std::string("encoding ") + encoding_name(profile_.encoding.encoding),
                              profile_.encoding.evidence, false});
  return t;
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
    add(row_);
  }
  // The raw text of a row rejected at finish is read back from its offset.
  auto raw_at = [this](int64_t offset) {
    CsvTokenizer t(profile_.dialect);
    CsvRow r;
    size_t p = static_cast<size_t>(offset);
    return t.next(text_, p, true, r) ? std::string(r.raw) : std::string();
  };
  table_ = finish_table(raw_at);
  finished_ = true;
  return StepState::kDone;
}

size_t CsvLoadJob::feed(std::string_view window, bool final) {
  size_t skip = 0;
  if (stream_offset_ == 0 && pos_ == 0 && !header_done_) {
    skip = std::min(window.size(), profile_.encoding.bom_bytes);
    window.remove_prefix(skip);
  }
  size_t pos = 0;
  while (tokenizer_.next(window, pos, final, row_, stream_offset_)) add(row_);
  stream_offset_ += static_cast<int64_t>(pos);
  pos_ = static_cast<size_t>(stream_offset_);
  return pos + skip;
}

Table CsvLoadJob::finish_stream(const TableBuilder::RawLookup& raw_at) {
  finished_ = true;
  return finish_table(raw_at);
}

Progress CsvLoadJob::progress() const {
  Progress p;
  p.stage = "Reading " + profile_.name;
  p.done = static_cast<int64_t>(pos_);
  p.total = static_cast<int64_t>(text_.empty() ? profile_.bytes : static_cast<int64_t>(text_.size()));
  p.rows = finished_ ? table_.counts.rows_read : builder_.rows_read();
  return p;
}

}  // namespace starcart
