#include "warehouse/masked_export.h"

#include <sqlite3.h>

#include "core/pii.h"

namespace starcart {

namespace {
// mask_id(text): the SQL face of mask_identifier with this copy's key.
void mask_id(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const auto key = *static_cast<const uint64_t*>(sqlite3_user_data(ctx));
  std::string m = mask_identifier(std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(argv[0]))), key);
  sqlite3_result_text(ctx, m.c_str(), static_cast<int>(m.size()), SQLITE_TRANSIENT);
}
}  // namespace

Result<Database> masked_copy(const Database& db, uint64_t key) {
  auto bytes = db.serialize();
  if (!bytes) return bytes.take_error();
  auto copy = Database::open_memory();
  if (!copy) return copy.take_error();
  if (auto st = copy->deserialize(*bytes); !st) return st.take_error();
  sqlite3_create_function_v2(copy->handle(), "mask_id", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, new uint64_t(key),
                             mask_id, nullptr, nullptr, [](void* p) { delete static_cast<uint64_t*>(p); });
  // Tables that may be absent in older files are skipped (has_table).
  struct Step { const char* table; const char* sql; };
  const Step steps[] = {
      {"dim_customer", "UPDATE dim_customer SET customer_id = mask_id(customer_id) WHERE customer_version_key > 0"},
      {"mart_customer", "UPDATE mart_customer SET customer_id = mask_id(customer_id)"},
      {"load_rejected", "UPDATE load_rejected SET raw = NULL"},
      {"dq_example", "UPDATE dq_example SET detail = '(masked)'"},
      {"dq_column_profile",
       "UPDATE dq_column_profile SET min_value = NULL, max_value = NULL WHERE column_name LIKE '%customer%'"},
  };
  if (auto st = copy->exec("BEGIN"); !st) return st.take_error();
  for (const Step& s : steps) {
    auto has = copy->has_table(s.table);
    if (!has) return has.take_error();
    if (!*has) continue;
    if (auto st = copy->exec(s.sql); !st) return st.take_error();
  }
  if (auto st = copy->exec("COMMIT"); !st) return st.take_error();
  // The key goes with the function: nothing in the copy can compute it again.
  sqlite3_create_function_v2(copy->handle(), "mask_id", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
  if (auto st = copy->exec("VACUUM"); !st) return st.take_error();
  return std::move(*copy);
}

}  // namespace starcart
