// The warehouse's schema as data: the DDL (tables, then views), the indexes
// built after the first bulk load, one line of documentation per table for
// the schema browser, and the keys that data quality checks (natural keys
// that must be unique, references that must resolve). docs/warehouse.md is
// the long form.
#pragma once

#include <string_view>
#include <vector>

namespace starcart {

inline constexpr int kWarehouseSchemaVersion = 4;  // 3: dim_supplier (issue 11); 4: fact_spend (issue 10)

// CREATE TABLE / VIEW statements, in dependency order.
const char* warehouse_tables_ddl();
// Indexes built once after the first bulk insert, cheaper than maintained
// row by row; on later loads they exist and SQLite maintains them.
//
// Which indexes (measured on the 1M-line demo, 175k orders): every join from
// a fact to a dimension meets the dimension's primary key; an order's lines
// are a line_key range (fact_orders.first_line_key, line_count); a full scan
// of fact_orders takes about 10 ms and of fact_sales about 60 ms. An index on
// fact_sales(order_key) would cost 170 ms per million lines, on
// fact_sales(product_key) a second (SQLite sorts random keys at about 1 us a
// row), on fact_orders(customer_key) 115 ms: more than the queries they would
// speed up. fact_orders(order_id) is kept: the order id is what people look
// up.
const char* warehouse_deferred_indexes_ddl();

struct TableDoc {
  std::string_view name;
  std::string_view description;
};
const std::vector<TableDoc>& warehouse_table_docs();

// A column that refers to another table's key. Declared with REFERENCES in
// the DDL where the parent key is unique; customer_key refers to the durable
// key that all versions of a customer share, so it is checked but not
// declared.
struct ForeignKey {
  std::string_view table, column, parent_table, parent_column;
};
const std::vector<ForeignKey>& warehouse_foreign_keys();

// Columns whose values must be unique together (rows with key 0, the unknown
// members, excepted).
struct NaturalKey {
  std::string_view table;
  std::string_view columns;  // comma-separated, as in SQL
  std::string_view surrogate;  // the table's surrogate key column
};
const std::vector<NaturalKey>& warehouse_natural_keys();

}  // namespace starcart
