// A loaded dataset and the background work around it (DESIGN 2 and 3): the
// files' bytes, the load job that turns them into the FactStore, and the job
// that then fills SQLite a slice at a time. The UI draws from the store as
// soon as loading ends; SQLite serves the SQL console and exports later.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/job.h"
#include "warehouse/dataset_load_job.h"
#include "warehouse/fact_store.h"
#include "warehouse/sqlite_db.h"
#include "warehouse/star_schema.h"

namespace starcart {

// A file's bytes, owned however they were allocated (a std::string from the
// demo generator, or a malloc'ed buffer the browser filled).
class FileBytes {
 public:
  FileBytes() = default;
  static FileBytes from_string(std::string s);
  static FileBytes adopt_malloc(char* data, size_t size);  // released with free()
  std::string_view view() const { return {data_.get(), size_}; }
  size_t size() const { return size_; }

 private:
  std::shared_ptr<char> data_;
  size_t size_ = 0;
  std::shared_ptr<std::string> owned_;
};

struct OwnedFile {
  std::string name;
  FileBytes bytes;
};

class Session {
 public:
  enum class State { kEmpty, kLoading, kReady, kFailed };
  enum class SqlState { kIdle, kBuilding, kReady, kFailed };

  // Starts loading; whatever was loaded before is dropped. `profiles` (one
  // per file, from the import screen) say how to read each file; a missing
  // one is inspected by the load job.
  void load(std::vector<OwnedFile> files, std::string title,
            std::vector<std::optional<FileProfile>> profiles = {}, CsvLoadOptions options = {});
  void cancel();
  void reset();
  // The files handed to load() whose bytes are still held (each is freed as
  // soon as it is read into its table); empty once any of them was freed.
  // For Cancel: the import screen can take them back.
  std::vector<OwnedFile> take_unread_files();

  // Advances the load, then the SQLite build, for about budget_ms.
  // Returns true while work remains.
  bool step(double budget_ms);

  State state() const { return state_; }
  SqlState sql_state() const { return sql_state_; }
  const Error& error() const { return error_; }
  Progress progress() const;          // of the load
  Progress sql_progress() const;
  double load_ms() const { return load_ms_; }     // file bytes to facts
  double sql_ms() const { return sql_ms_; }       // facts to SQLite
  double elapsed_ms() const;                      // since load() while loading
  int64_t input_bytes() const { return input_bytes_; }
  const std::string& title() const { return title_; }
  // Changes whenever a new dataset is ready: caches compare it.
  uint64_t generation() const { return generation_; }

  const FactStore& store() const { return *store_; }
  bool has_store() const { return store_ != nullptr; }
  Database* database() { return sql_state_ == SqlState::kReady ? db_.get() : nullptr; }

 private:
  State state_ = State::kEmpty;
  SqlState sql_state_ = SqlState::kIdle;
  std::vector<OwnedFile> files_;
  std::unique_ptr<DatasetLoadJob> load_job_;
  std::unique_ptr<FactStore> store_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<StarSchemaJob> sql_job_;
  Error error_;
  std::string title_;
  int64_t input_bytes_ = 0;
  double started_ms_ = 0, load_ms_ = 0, sql_started_ms_ = 0, sql_ms_ = 0;
  uint64_t generation_ = 0;
};

}  // namespace starcart
