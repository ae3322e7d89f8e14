#include "warehouse/warehouse_test_util.h"

#include <doctest.h>

#include "core/hash.h"
#include "support/test_data.h"
#include "warehouse/dataset_load_job.h"

namespace starcart::test {

FactStore load_fixtures(const std::vector<std::string>& relative_paths) {
  std::vector<std::string> bytes;
  bytes.reserve(relative_paths.size());
  for (const std::string& p : relative_paths) bytes.push_back(read_data_file(p));
  std::vector<InputFile> files;
  for (size_t k = 0; k < relative_paths.size(); ++k)
    files.push_back(InputFile{relative_paths[k].substr(relative_paths[k].find_last_of('/') + 1), bytes[k], std::nullopt});
  auto store = load_dataset(std::move(files));
  REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error().to_string()));
  return std::move(*store);
}

LoadOptions fixed_options() {
  LoadOptions o;
  o.quality.today = days_from_civil(2024, 6, 30);
  o.started_at = "2024-07-01T00:00:00Z";
  return o;
}

LoadSummary load_into(Database& db, const FactStore& store, LoadOptions options) {
  StarSchemaJob job(store, db, std::move(options));
  for (int i = 0; i < 1000000; ++i) {
    StepState st = job.step(0.5);
    REQUIRE_MESSAGE(st != StepState::kFailed, job.error().to_string());
    if (st == StepState::kDone) break;
  }
  return job.summary();
}

Database build_warehouse(const FactStore& store, LoadOptions options) {
  auto db = Database::open_memory();
  REQUIRE(db.ok());
  load_into(*db, store, std::move(options));
  return std::move(*db);
}

int64_t q(Database& db, const std::string& sql) {
  auto v = db.query_int(sql);
  REQUIRE_MESSAGE(v.ok(), (v.ok() ? "" : v.error().to_string()) << " in " << sql);
  return *v;
}

std::string qs(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().to_string()) << " in " << sql);
  auto row = st->step();
  REQUIRE(row.ok());
  REQUIRE_MESSAGE(*row, "no row from " << sql);
  return st->column_value(0).to_string();
}

uint64_t hash_all_tables(Database& db) {
  std::vector<std::string> tables;
  {
    auto st = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    REQUIRE(st.ok());
    while (*st->step()) tables.emplace_back(st->column_text(0));
  }
  uint64_t h = 0;
  for (const std::string& t : tables) {
    h = hash_combine(h, hash_string(t));
    auto st = db.prepare("SELECT * FROM " + quote_identifier(t) + " ORDER BY rowid");
    REQUIRE(st.ok());
    while (*st->step())
      for (int c = 0; c < st->column_count(); ++c) {
        const SqlValue v = st->column_value(c);
        h = hash_combine(h, hash_string(v.to_string(), static_cast<uint64_t>(v.type)));
      }
  }
  return h;
}

}  // namespace starcart::test
