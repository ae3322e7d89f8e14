// Loads one CSV file into a Table as a Job: a few milliseconds of parsing per
// step, with progress (bytes, rows) and cancellation, so the page never
// freezes. The bytes are read in place (no copy) except UTF-16, which is
// transcoded once. The tokenizer is resumable, so a caller may also feed a
// sliding window of the file (feed/finish) and never hold it whole.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/job.h"
#include "ingest/csv_tokenizer.h"
#include "ingest/file_profile.h"
#include "ingest/table.h"
#include "ingest/table_builder.h"
#include "ingest/table_load_job.h"

namespace starcart {

// The roles an order-lines file must fill on every row.
std::vector<Role> order_line_required_roles();

class CsvLoadJob : public TableLoadJob {
 public:
  // `bytes` must outlive the job.
  CsvLoadJob(FileProfile profile, std::string_view bytes, CsvLoadOptions options = {});

  StepState step(double budget_ms) override;
  Progress progress() const override;
  const Error& error() const override { return error_; }
  void cancel() override { cancelled_ = true; }

  // The loaded table, once step() returned kDone.
  Table take_table() override { return std::move(table_); }
  const FileProfile& profile() const override { return profile_; }

  // Streaming form (the CLI's sliding window): give the file's bytes in
  // order, any chunk size, then finish(). Returns how many bytes of `window`
  // were consumed; the caller keeps the rest and appends the next chunk to
  // it. UTF-16 input is not supported this way (it is transcoded whole).
  size_t feed(std::string_view window, bool final);
  Table finish_stream(const TableBuilder::RawLookup& raw_at = {});

 private:
  void add(const CsvRow& row);
  Table finish_table(const TableBuilder::RawLookup& raw_at);

  FileProfile profile_;
  std::string owned_;     // transcoded text (UTF-16 input only)
  std::string_view text_; // what the tokenizer reads, without BOM
  CsvTokenizer tokenizer_;
  TableBuilder builder_;
  CsvRow row_;
  size_t pos_ = 0;
  int64_t stream_offset_ = 0;  // feed(): bytes of the file before the window
  bool header_done_ = false;
  bool cancelled_ = false;
  bool finished_ = false;
  Error error_;
  Table table_;
};

}  // namespace starcart
