#include "warehouse/schema_info.h"

#include <algorithm>

#include "warehouse/schema_ddl.h"

namespace starcart {

namespace {

Status read_columns(Database& db, SchemaTable& t) {
  auto st = db.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)");
  if (!st) return st.take_error();
  st->bind_text(1, t.name);
  for (;;) {
    auto row = st->step();
    if (!row) return row.take_error();
    if (!*row) break;
    SchemaColumn c;
    c.name = std::string(st->column_text(0));
    c.type = std::string(st->column_text(1));
    c.not_null = st->column_int64(2) != 0;
    c.primary_key = st->column_int64(3) != 0;
    for (const ForeignKey& fk : warehouse_foreign_keys())
      if (fk.table == t.name && fk.column == c.name)
        c.references = std::string(fk.parent_table) + "." + std::string(fk.parent_column);
    t.columns.push_back(std::move(c));
  }
  // Declared references of tables that are not ours.
  auto fk = db.prepare("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?1)");
  if (!fk) return fk.take_error();
  fk->bind_text(1, t.name);
  for (;;) {
    auto row = fk->step();
    if (!row) return row.take_error();
    if (!*row) break;
    for (SchemaColumn& c : t.columns)
      if (c.name == fk->column_text(0) && c.references.empty())
        c.references = std::string(fk->column_text(1)) + "." + std::string(fk->column_text(2));
  }
  return ok_status();
}

Status read_indexes(Database& db, SchemaTable& t) {
  auto st = db.prepare(
      "SELECT il.name, group_concat(ii.name, ', ') FROM pragma_index_list(?1) il "
      "JOIN pragma_index_info(il.name) ii GROUP BY il.name ORDER BY il.name");
  if (!st) return st.take_error();
  st->bind_text(1, t.name);
  return st->each_row([&] {
    t.indexes.push_back(std::string(st->column_text(0)) + " (" + std::string(st->column_text(1)) + ")");
  });
}

}  // namespace

Result<std::vector<SchemaTable>> describe_schema(Database& db) {
  std::vector<SchemaTable> out;
  auto st = db.prepare(
      "SELECT name, type, sql FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
      "ORDER BY type = 'view', rowid");
  if (!st) return st.take_error();
  for (;;) {
    auto row = st->step();
    if (!row) return row.take_error();
    if (!*row) break;
    SchemaTable t;
    t.name = std::string(st->column_text(0));
    t.kind = st->column_text(1) == "view" ? SchemaTable::Kind::kView : SchemaTable::Kind::kTable;
    t.sql = std::string(st->column_text(2));
    for (const TableDoc& d : warehouse_table_docs())
      if (d.name == t.name) t.description = std::string(d.description);
    out.push_back(std::move(t));
  }
  for (SchemaTable& t : out) {
    if (auto s = read_columns(db, t); !s) return s.take_error();
    if (t.kind != SchemaTable::Kind::kTable) continue;
    if (auto s = read_indexes(db, t); !s) return s.take_error();
    auto n = db.query_int("SELECT count(*) FROM " + quote_identifier(t.name));
    if (!n) return n.take_error();
    t.rows = *n;
  }
  return out;
}

}  // namespace starcart
