// The schema browser of the Data tab: every table and view of the warehouse
// with its row count, and under each its columns with their types, keys
// and references (read once per dataset through describe_schema). Clicking
// "Query" on a table puts a SELECT of it into the SQL console's editor.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "warehouse/schema_info.h"

namespace starcart {

class SchemaBrowser {
 public:
  // `db`: nullptr while SQLite is being filled (`fill_fraction` done).
  // Returns SQL to put into the console when the user asked for it.
  std::optional<std::string> draw(Database* db, double fill_fraction, uint64_t generation);
  size_t tables() const { return tables_.size(); }

 private:
  std::vector<SchemaTable> tables_;
  std::string error_;
  uint64_t generation_ = 0;
  bool loaded_ = false;
};

}  // namespace starcart
