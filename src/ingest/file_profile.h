// What inspecting a file found: format (CSV, JSON array, NDJSON), encoding,
// dialect, header, a type and a role per column with its confidence and
// reason, the known layout and the file's kind in a dataset, and a preview.
// The import screen shows it and edits it (roles, date order per column);
// the loader reads it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"
#include "core/result.h"
#include "ingest/csv_tokenizer.h"
#include "ingest/encoding.h"
#include "ingest/layouts.h"
#include "ingest/role_detection.h"
#include "ingest/roles.h"
#include "ingest/type_inference.h"

namespace starcart {

enum class FileFormat : uint8_t { kCsv, kJsonArray, kNdjson };
const char* file_format_name(FileFormat f);  // "CSV", "JSON", "NDJSON"

struct ColumnProfile {
  std::string name;
  RoleGuess guess;
  std::vector<std::string> samples;     // first non-empty values, as text
  TypeGuess type;                       // inferred from the sampled values
  std::vector<RoleGuess> alternatives;  // other roles it could play, best first
  std::optional<DateOrder> date_order;  // the user's day/month choice for this column
};

struct FileProfile {
  std::string name;
  int64_t bytes = 0;
  FileFormat format = FileFormat::kCsv;
  EncodingDetection encoding;
  CsvDialect dialect;
  std::string dialect_evidence;
  bool has_header = true;
  std::string layout;          // "UCI Online Retail", "Shopify orders export", "generic order lines"
  FileKind kind = FileKind::kOrderLines;
  std::string kind_reason;     // "has Order ID, Order date and Unit price"
  bool carry_down = false;     // order-level fields only on an order's first row (Shopify)
  NumberStyle number_style;
  std::string number_style_evidence;
  std::vector<ColumnProfile> columns;
  std::vector<std::vector<std::string>> preview;  // first data rows
  // JSON: where the records are and which array of each record is expanded.
  std::string json_records_key;  // "" = top level; "orders" for {"orders": [...]}
  std::string json_items_key;    // "line_items", "items"; "" = none

  RoleMap roles() const;
  // Overrides a role's column (by header name); false when no such column.
  bool map_role(Role role, std::string_view column_name);
  // The user's day/month order for one date column; false when no such column.
  bool set_date_order(std::string_view column_name, DateOrder order);
  int find_column(std::string_view column_name) const;
};

// Inspects CSV bytes (any supported encoding). Fails only when the input
// holds no rows at all.
Result<FileProfile> inspect_csv(std::string name, std::string_view bytes);
// The same from the first bytes of a longer file (`total_bytes` in all):
// a record cut by the sample's end is not used. The encoding is the
// sample's; a reader that sees the rest must correct it.
Result<FileProfile> inspect_csv(std::string name, std::string_view sample, int64_t total_bytes);

// Inspects CSV or JSON, chosen by the content (a file starting with '[' or
// '{' is JSON; NDJSON when several values follow one another).
Result<FileProfile> inspect_file(std::string name, std::string_view bytes);

// Fills the column profiles from a header and sampled data rows: number style,
// types, roles, the known layout's overrides, the file's kind. Shared by the
// CSV and JSON inspectors.
void profile_columns(FileProfile& p, const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& data, std::string_view item_prefix = {});

// The roles an order-lines file must have to become facts, and a message
// naming the missing ones ("" when complete).
std::string missing_order_line_roles(const RoleMap& roles);

}  // namespace starcart
