// Loads the files the user gave into a FactStore, as one Job: (1) inspect
// each file (CSV or JSON by content: encoding, dialect, types, roles, kind)
// unless a profile is given; (2) read each file into a Table a slice at a
// time, requiring the roles its kind needs on every row; (3) assemble the
// facts, relating the files by their keys (fact_assembly.h). The page draws
// the dashboard as soon as this is done; SQLite comes after (StarSchemaJob).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/job.h"
#include "ingest/csv_load_job.h"
#include "ingest/file_profile.h"
#include "ingest/table_load_job.h"
#include "warehouse/fact_assembly.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct InputFile {
  std::string name;
  std::string_view bytes;                // must stay valid until `release` is called (or the job ends)
  std::optional<FileProfile> profile;    // from the import step; inspected when absent
  // Called once the file is read into its table: the job never looks at the
  // bytes again, so the caller may free them before the facts are assembled
  // (the page then never holds the file, its table and the facts at once).
  std::function<void()> release = nullptr;
};

class DatasetLoadJob : public Job {
 public:
  explicit DatasetLoadJob(std::vector<InputFile> files, CsvLoadOptions options = {});

  StepState step(double budget_ms) override;
  Progress progress() const override;
  const Error& error() const override { return error_; }
  void cancel() override;

  // The facts, once step() returned kDone.
  FactStore take_store() { return std::move(store_); }

 private:
  std::vector<InputFile> files_;
  CsvLoadOptions options_;
  size_t current_ = 0;
  std::unique_ptr<TableLoadJob> job_;
  std::vector<LoadedFile> loaded_;
  int64_t total_bytes_ = 0, done_bytes_ = 0, rows_ = 0;
  bool cancelled_ = false, done_ = false;
  Error error_;
  FactStore store_;
};

// The roles a file of a kind must fill on every row (of those it maps):
// order lines need order id, date, quantity and price; order items the same
// but the date; orders their id; customers theirs; products their SKU.
std::vector<Role> required_roles_for(const FileProfile& p);

// Loads files to the end (CLI, tests, benchmarks).
Result<FactStore> load_dataset(std::vector<InputFile> files, CsvLoadOptions options = {});

}  // namespace starcart
