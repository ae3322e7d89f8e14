#include "warehouse/masked_export.h"

#include <vector>

#include "core/pii.h"

namespace starcart {

namespace {
// Every value of `column` in `table` replaced by its token, one prepared
// UPDATE per distinct value (the id columns are indexed).
Status mask_column(Database& db, const char* table, const char* column, uint64_t key) {
  auto has = db.has_table(table);
  if (!has) return has.take_error();
  if (!*has) return ok_status();
  const std::string t = quote_identifier(table), c = quote_identifier(column);
  auto select = db.prepare("SELECT DISTINCT " + c + " FROM " + t + " WHERE " + c + " <> ''");
  if (!select) return select.take_error();
  std::vector<std::string> values;
  if (auto st = select->each_row([&] { values.emplace_back(select->column_text(0)); }); !st) return st;
  auto update = db.prepare("UPDATE " + t + " SET " + c + " = ?1 WHERE " + c + " = ?2");
  if (!update) return update.take_error();
  for (const std::string& v : values) {
    update->reset();
    update->bind_text(1, mask_identifier(v, key));
    update->bind_text(2, v);
    if (auto st = update->step(); !st) return st.take_error();
  }
  return ok_status();
}
}  // namespace

Result<Database> masked_copy(const Database& db, uint64_t key) {
  auto bytes = db.serialize();
  if (!bytes) return bytes.take_error();
  auto copy = Database::open_memory();
  if (!copy) return copy.take_error();
  if (auto st = copy->deserialize(*bytes); !st) return st.take_error();
  // secure_delete: the old values are overwritten where they were, so no
  // freed page of the file still holds one.
  if (auto st = copy->exec("PRAGMA secure_delete = ON; BEGIN"); !st) return st.take_error();
  for (const char* table : {"dim_customer", "mart_customer"})
    if (auto st = mask_column(*copy, table, "customer_id", key); !st) return st.take_error();
  // Tables that may be absent in older files are skipped.
  struct Step { const char* table; const char* sql; };
  const Step steps[] = {
      {"load_rejected", "UPDATE load_rejected SET raw = NULL"},
      {"dq_example", "UPDATE dq_example SET detail = '(masked)'"},
      {"dq_column_profile",
       "UPDATE dq_column_profile SET min_value = NULL, max_value = NULL WHERE column_name LIKE '%customer%'"},
  };
  for (const Step& s : steps) {
    auto has = copy->has_table(s.table);
    if (!has) return has.take_error();
    if (!*has) continue;
    if (auto st = copy->exec(s.sql); !st) return st.take_error();
  }
  if (auto st = copy->exec("COMMIT"); !st) return st.take_error();
  // Known gap: cells that moved between b-tree pages can leave old bytes in
  // free space; VACUUM would drop them but hangs in the page (wasm, no file
  // system), so the file is not yet rewritten.
  return std::move(*copy);
}

}  // namespace starcart
