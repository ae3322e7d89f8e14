// What the schema browser shows: every table and view with its columns,
// types, keys and references, its row count and one line about what it
// holds (schema_ddl.h). Read from SQLite's own catalogue, so it describes
// any database the user opens, not only ours.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

struct SchemaColumn {
  std::string name;
  std::string type;          // as declared ("INTEGER", "TEXT", "" for view expressions)
  bool not_null = false;
  bool primary_key = false;
  std::string references;    // "dim_date.date_key" when it refers to another table's key
};

struct SchemaTable {
  enum class Kind : uint8_t { kTable, kView };
  std::string name;
  Kind kind = Kind::kTable;
  std::string description;   // "" for tables that are not the warehouse's
  std::vector<SchemaColumn> columns;
  int64_t rows = -1;         // tables only (views are not run); -1 = not counted
  std::vector<std::string> indexes;  // "ux_fact_orders_order_id (order_id)"
  std::string sql;           // the CREATE statement
};

// Tables first (the warehouse's in schema order), then views.
Result<std::vector<SchemaTable>> describe_schema(Database& db);

}  // namespace starcart
