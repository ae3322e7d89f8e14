// Loads one CSV file into a Table as a Job: a few milliseconds of parsing per
// step, with progress (bytes, rows) and cancellation, so the page never
// freezes. The bytes are read in place (no copy) except UTF-16, which is
// transcoded once.
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

namespace starcart {

struct CsvLoadOptions {
  std::vector<Role> required;           // empty values in these roles reject the row
  std::optional<DateOrder> date_order;  // the user's choice, if any
};

// The roles an order-lines file must fill on every row.
std::vector<Role> order_line_required_roles();

class CsvLoadJob : public Job {
 public:
  // `bytes` must outlive the job.
  CsvLoadJob(FileProfile profile, std::string_view bytes, CsvLoadOptions options = {});

  StepState step(double budget_ms) override;
  Progress progress() const override;
  const Error& error() const override { return error_; }
  void cancel() override { cancelled_ = true; }

  // The loaded table, once step() returned kDone.
  Table take_table() { return std::move(table_); }
  const FileProfile& profile() const { return profile_; }

 private:
  FileProfile profile_;
  std::string owned_;     // transcoded text (UTF-16 input only)
  std::string_view text_; // what the tokenizer reads, without BOM
  CsvTokenizer tokenizer_;
  TableBuilder builder_;
  CsvRow row_;
  size_t pos_ = 0;
  bool header_done_ = false;
  bool cancelled_ = false;
  bool finished_ = false;
  Error error_;
  Table table_;
};

}  // namespace starcart
