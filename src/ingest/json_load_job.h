// Loads one JSON file (array, NDJSON, wrapper object) into a Table as a Job:
// the first step parses the document (simdjson) and finds every column; later
// steps flatten records into rows a slice at a time, through the same
// TableBuilder as CSV, so types, roles, rejects and balances behave the same.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/json_records.h"
#include "ingest/table_load_job.h"

namespace starcart {

class JsonLoadJob : public TableLoadJob {
 public:
  // `bytes` must outlive the job.
  JsonLoadJob(FileProfile profile, std::string_view bytes, CsvLoadOptions options = {});

  StepState step(double budget_ms) override;
  Progress progress() const override;
  const Error& error() const override { return error_; }
  void cancel() override { cancelled_ = true; }
  Table take_table() override { return std::move(table_); }
  const FileProfile& profile() const override { return profile_; }

 private:
  bool open();

  FileProfile profile_;
  CsvLoadOptions options_;
  std::string_view bytes_;
  std::string owned_;  // transcoded text (UTF-16, Windows-1252)
  std::string_view text_;
  std::optional<JsonRecords> records_;
  std::vector<std::string> header_;
  std::unique_ptr<TableBuilder> builder_;
  size_t next_ = 0;
  bool cancelled_ = false, finished_ = false;
  Error error_;
  Table table_;
};

}  // namespace starcart
