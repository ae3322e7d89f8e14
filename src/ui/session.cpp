#include "ui/session.h"

#include <cstdlib>

namespace starcart {

FileBytes FileBytes::from_string(std::string s) {
  FileBytes b;
  b.owned_ = std::make_shared<std::string>(std::move(s));
  b.size_ = b.owned_->size();
  b.data_ = std::shared_ptr<char>(b.owned_, b.owned_->data());  // aliasing: lives with owned_
  return b;
}

FileBytes FileBytes::adopt_malloc(char* data, size_t size) {
  FileBytes b;
  b.data_ = std::shared_ptr<char>(data, [](char* p) { std::free(p); });
  b.size_ = size;
  return b;
}

void Session::reset() {
  sql_job_.reset();  // jobs first: they refer to the store and the database
  load_job_.reset();
  db_.reset();
  store_.reset();
  files_.clear();
  state_ = State::kEmpty;
  sql_state_ = SqlState::kIdle;
  error_ = Error{};
}

void Session::load(std::vector<OwnedFile> files, std::string title, std::vector<std::optional<FileProfile>> profiles,
                   CsvLoadOptions options) {
  reset();
  files_ = std::move(files);
  title_ = std::move(title);
  input_bytes_ = 0;
  std::vector<InputFile> inputs;
  for (size_t i = 0; i < files_.size(); ++i) {
    const OwnedFile& f = files_[i];
    inputs.push_back(InputFile{f.name, f.bytes.view(), i < profiles.size() ? std::move(profiles[i]) : std::nullopt,
                               [this, i] { files_[i].bytes = FileBytes{}; }});
    input_bytes_ += static_cast<int64_t>(f.bytes.size());
  }
  load_job_ = std::make_unique<DatasetLoadJob>(std::move(inputs), std::move(options));
  state_ = State::kLoading;
  started_ms_ = now_ms();
}

std::vector<OwnedFile> Session::take_unread_files() {
  for (const OwnedFile& f : files_)
    if (f.bytes.size() == 0) return {};
  return std::move(files_);
}

void Session::cancel() {
  if (load_job_) load_job_->cancel();
  if (sql_job_) sql_job_->cancel();
}

double Session::elapsed_ms() const { return state_ == State::kLoading ? now_ms() - started_ms_ : load_ms_; }

bool Session::step(double budget_ms) {
  if (state_ == State::kLoading) {
    StepState st = load_job_->step(budget_ms);
    if (st == StepState::kRunning) return true;
    if (st == StepState::kFailed) {
      error_ = load_job_->error();
      state_ = State::kFailed;
      load_job_.reset();  // files_ stay until reset(): "Back to the import" takes the unread ones back
      return false;
    }
    store_ = std::make_unique<FactStore>(load_job_->take_store());
    load_job_.reset();
    files_.clear();  // the facts hold everything now; free the input bytes
    load_ms_ = now_ms() - started_ms_;
    state_ = State::kReady;
    ++generation_;
    // SQLite is filled after the first dashboard frame.
    auto db = Database::open_memory();
    if (!db) {
      sql_state_ = SqlState::kFailed;
      error_ = db.take_error();
      return false;
    }
    db_ = std::make_unique<Database>(std::move(*db));
    sql_job_ = std::make_unique<StarSchemaJob>(*store_, *db_);
    sql_state_ = SqlState::kBuilding;
    sql_started_ms_ = now_ms();
    return true;  // the first frame draws before SQLite starts
  }
  if (sql_state_ == SqlState::kBuilding) {
    StepState st = sql_job_->step(budget_ms);
    if (st == StepState::kRunning) return true;
    if (st == StepState::kFailed) {
      sql_state_ = SqlState::kFailed;
      error_ = sql_job_->error();
    } else {
      sql_state_ = SqlState::kReady;
    }
    sql_ms_ = now_ms() - sql_started_ms_;
    sql_job_.reset();
  }
  return false;
}

Progress Session::progress() const {
  if (load_job_) return load_job_->progress();
  Progress p;
  p.done = p.total = input_bytes_;
  return p;
}

Progress Session::sql_progress() const {
  if (sql_job_) return sql_job_->progress();
  Progress p;
  if (store_) p.done = p.total = p.rows = static_cast<int64_t>(store_->lines());
  return p;
}

}  // namespace starcart
