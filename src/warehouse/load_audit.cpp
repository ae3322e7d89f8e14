#include "warehouse/load_audit.h"

#include <cstdio>
#include <ctime>
#include <unordered_map>

#include "warehouse/load_plan.h"
#include "warehouse/row_buffer.h"

namespace starcart {

std::string utc_timestamp_now() {
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  const int64_t days = now >= 0 ? now / 86400 : (now - 86399) / 86400;
  const int64_t secs = now - days * 86400;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                static_cast<int>(secs % 60));
  return format_iso_date(static_cast<Day>(days)) + buf;
}

Status write_load_audit(LoadContext& c) {
  const LoadSummary& m = c.summary;
  const LoadTimings& t = m.timings;
  {
    auto st = c.db.prepare(
        "INSERT INTO load_run (load_id, started_at, files, store_lines, lines_appended, lines_already_loaded, "
        "orders_appended, orders_already_loaded, orders_changed, customers_new, customer_versions_new, products_new, "
        "parse_ms, plan_ms, dimensions_ms, facts_ms, indexes_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    if (!st) return st.take_error();
    st->bind_int64(1, m.load_id);
    st->bind_text(2, c.options.started_at.empty() ? utc_timestamp_now() : c.options.started_at);
    const int64_t ints[] = {static_cast<int64_t>(m.files.size()), m.store_lines, m.lines_appended, m.lines_already_loaded,
                            m.orders_appended, m.orders_already_loaded, m.orders_changed, m.customers_new,
                            m.customer_versions_new, m.products_new};
    for (int k = 0; k < 10; ++k) st->bind_int64(3 + k, ints[k]);
    if (c.options.parse_ms >= 0) st->bind_double(13, c.options.parse_ms);
    st->bind_double(14, t.plan);
    st->bind_double(15, t.dimensions);
    st->bind_double(16, t.facts);
    st->bind_double(17, t.indexes);
    if (auto r = st->step(); !r) return r.take_error();
  }
  auto st = c.db.prepare(
      "INSERT INTO load_audit (file_key, load_id, file_name, layout, encoding, bytes, fingerprint, status, rows_read, "
      "rows_loaded, rows_rejected, duplicates, excluded_lines, lines_appended, lines_already_loaded, parse_ms) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
  if (!st) return st.take_error();
  std::unordered_map<std::string, int64_t> file_key_by_name;
  for (size_t f = 0; f < m.files.size(); ++f) {
    const FileLoad& fl = m.files[f];
    const SourceFile& sf = c.store.files[f];
    if (!fl.same_bytes_as_earlier) file_key_by_name.emplace(fl.name, fl.file_key);
    st->bind_int64(1, fl.file_key);
    st->bind_int64(2, m.load_id);
    st->bind_text(3, fl.name);
    st->bind_text(4, sf.layout);
    st->bind_text(5, sf.encoding);
    st->bind_int64(6, sf.bytes);
    st->bind_text(7, fingerprint_hex(sf.fingerprint));
    st->bind_text(8, fl.same_bytes_as_earlier ? "same bytes as an earlier file" : "loaded");
    const int64_t ints[] = {fl.counts.rows_read, fl.counts.rows_loaded, fl.counts.rows_rejected, fl.counts.duplicates,
                            fl.excluded_lines, fl.lines_appended, fl.lines_already_loaded};
    for (int k = 0; k < 7; ++k) st->bind_int64(9 + k, ints[k]);
    if (fl.parse_ms >= 0) st->bind_double(16, fl.parse_ms);
    auto r = st->step();
    st->reset();
    if (!r) return r.take_error();
  }
  RowBuffer rejected(7);
  for (const RejectedRow& r : c.store.rejected) {
    auto it = file_key_by_name.find(r.file);
    if (it == file_key_by_name.end()) continue;  // a file loaded before: its rejects are there already
    rejected.integer(it->second).integer(r.line).integer(r.column).text_or_null(r.column_name);
    rejected.text(error_code_name(r.code)).text(r.reason).text_or_null(r.raw);
  }
  if (rejected.row_count() == 0) return ok_status();
  auto bulk = BulkInsert::create(c.db, "load_rejected",
                                 {"file_key", "line", "column_no", "column_name", "error_code", "reason", "raw"}, rejected);
  if (!bulk) return bulk.take_error();
  return bulk->insert_rest();
}

Status finish_load_run(LoadContext& c) {
  auto st = c.db.prepare("UPDATE load_run SET marts_ms = ?2, quality_ms = ?3, total_ms = ?4 WHERE load_id = ?1");
  if (!st) return st.take_error();
  st->bind_int64(1, c.summary.load_id);
  st->bind_double(2, c.summary.timings.marts);
  st->bind_double(3, c.summary.timings.quality);
  st->bind_double(4, c.summary.timings.total);
  auto r = st->step();
  if (!r) return r.take_error();
  return ok_status();
}

}  // namespace starcart
