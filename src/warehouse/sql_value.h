// One SQL value as plain data (no SQLite types leak out of the boundary):
// query results for the console, minimum and maximum in column profiles.
#pragma once

#include <cstdint>
#include <string>

namespace starcart {

struct SqlValue {
  enum class Type : uint8_t { kNull, kInteger, kReal, kText, kBlob };
  Type type = Type::kNull;
  int64_t integer = 0;
  double real = 0;
  std::string text;  // kText: UTF-8 as stored; kBlob: the bytes

  static SqlValue null_value() { return {}; }
  static SqlValue of_integer(int64_t v) { SqlValue s; s.type = Type::kInteger; s.integer = v; return s; }
  static SqlValue of_real(double v) { SqlValue s; s.type = Type::kReal; s.real = v; return s; }
  static SqlValue of_text(std::string v) { SqlValue s; s.type = Type::kText; s.text = std::move(v); return s; }
  static SqlValue of_blob(std::string v) { SqlValue s; s.type = Type::kBlob; s.text = std::move(v); return s; }

  bool is_null() const { return type == Type::kNull; }
  // How the value reads in a result grid or a CSV cell: integers in full,
  // reals in the shortest form that reads back to the same double, blobs as
  // hex, NULL as "".
  std::string to_string() const;
};

// SQLite's order across types: NULL < numbers < text < blob; numbers by
// value, text and blobs by bytes (the BINARY collation). -1, 0 or 1.
int compare_sql_values(const SqlValue& a, const SqlValue& b);

bool operator==(const SqlValue& a, const SqlValue& b);

}  // namespace starcart
