#include "warehouse/warehouse.h"

namespace starcart {

Result<std::vector<FileAudit>> read_load_audit(Database& db) {
  auto st = db.prepare(
      "SELECT a.load_id, r.started_at, a.file_name, a.status, a.rows_read, a.rows_loaded, a.rows_rejected, "
      "a.duplicates, a.excluded_lines, a.lines_appended, a.lines_already_loaded, a.parse_ms "
      "FROM load_audit a JOIN load_run r ON r.load_id = a.load_id ORDER BY a.file_key");
  if (!st) return st.take_error();
  std::vector<FileAudit> out;
  auto each = st->each_row([&] {
    FileAudit f;
    f.load_id = st->column_int64(0);
    f.started_at = std::string(st->column_text(1));
    f.file_name = std::string(st->column_text(2));
    f.status = std::string(st->column_text(3));
    f.rows_read = st->column_int64(4);
    f.rows_loaded = st->column_int64(5);
    f.rows_rejected = st->column_int64(6);
    f.duplicates = st->column_int64(7);
    f.excluded_lines = st->column_int64(8);
    f.lines_appended = st->column_int64(9);
    f.lines_already_loaded = st->column_int64(10);
    f.parse_ms = st->column_is_null(11) ? -1 : st->column_double(11);
    out.push_back(std::move(f));
  });
  if (!each) return each.take_error();
  return out;
}

Result<Warehouse> Warehouse::create() {
  auto db = Database::open_memory();
  if (!db) return db.take_error();
  return Warehouse(std::make_unique<Database>(std::move(*db)));
}

Result<Warehouse> Warehouse::from_sqlite_bytes(std::string_view bytes) {
  auto w = create();
  if (!w) return w.take_error();
  if (auto s = w->db_->deserialize(bytes); !s) return s.take_error();
  auto ok = w->db_->has_table("fact_sales");
  if (!ok) return ok.take_error();
  if (!*ok) return make_error(ErrorCode::kSql, "this SQLite file holds no starcart warehouse (no fact_sales table)");
  return w;
}

std::unique_ptr<StarSchemaJob> Warehouse::load(const FactStore& store, LoadOptions options) {
  return std::make_unique<StarSchemaJob>(store, *db_, std::move(options));
}

Result<LoadSummary> Warehouse::load_now(const FactStore& store, LoadOptions options) {
  StarSchemaJob job(store, *db_, std::move(options));
  if (auto s = run_to_end(job); !s) return s.take_error();
  return job.summary();
}

}  // namespace starcart
