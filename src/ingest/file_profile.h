// What inspecting a file found: encoding, dialect, header, a role per column
// with its confidence and reason, the known layout if any, and a preview.
// The import screen shows it and edits it; the loader reads it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"
#include "core/result.h"
#include "ingest/csv_tokenizer.h"
#include "ingest/encoding.h"
#include "ingest/role_detection.h"
#include "ingest/roles.h"

namespace starcart {

struct ColumnProfile {
  std::string name;
  RoleGuess guess;
  std::vector<std::string> samples;  // first non-empty values, as text
};

struct FileProfile {
  std::string name;
  int64_t bytes = 0;
  EncodingDetection encoding;
  CsvDialect dialect;
  std::string dialect_evidence;
  bool has_header = true;
  std::string layout;          // "UCI Online Retail", "starcart demo shop", "generic order lines"
  NumberStyle number_style;
  std::vector<ColumnProfile> columns;
  std::vector<std::vector<std::string>> preview;  // first data rows

  RoleMap roles() const;
  // Overrides a role's column (by header name); false when no such column.
  bool map_role(Role role, std::string_view column_name);
};

// Inspects CSV bytes (any supported encoding). Fails only when the input
// holds no rows at all.
Result<FileProfile> inspect_csv(std::string name, std::string_view bytes);

// The roles an order-lines file must have to become facts, and a message
// naming the missing ones ("" when complete).
std::string missing_order_line_roles(const RoleMap& roles);

}  // namespace starcart
