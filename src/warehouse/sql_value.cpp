#include "warehouse/sql_value.h"

#include <cstdio>
#include <cstdlib>

namespace starcart {

namespace {

// Shortest "%.Ng" that reads back to the same double (no floating-point
// to_chars in Emscripten 3.1.6's libc++).
std::string shortest_real(double v) {
  char buf[40];
  for (int digits = 15; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

int rank(SqlValue::Type t) {
  switch (t) {
    case SqlValue::Type::kNull: return 0;
    case SqlValue::Type::kInteger:
    case SqlValue::Type::kReal: return 1;
    case SqlValue::Type::kText: return 2;
    case SqlValue::Type::kBlob: return 3;
  }
  return 0;
}

}  // namespace

std::string SqlValue::to_string() const {
  switch (type) {
    case Type::kNull: return "";
    case Type::kInteger: return std::to_string(integer);
    case Type::kReal: return shortest_real(real);
    case Type::kText: return text;
    case Type::kBlob: {
      static const char kHex[] = "0123456789ABCDEF";
      std::string out;
      out.reserve(text.size() * 2);
      for (unsigned char c : text) {
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
      return out;
    }
  }
  return "";
}

int compare_sql_values(const SqlValue& a, const SqlValue& b) {
  const int ra = rank(a.type), rb = rank(b.type);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0) return 0;
  if (ra == 1) {
    if (a.type == SqlValue::Type::kInteger && b.type == SqlValue::Type::kInteger)
      return a.integer < b.integer ? -1 : a.integer > b.integer ? 1 : 0;
    const double x = a.type == SqlValue::Type::kInteger ? static_cast<double>(a.integer) : a.real;
    const double y = b.type == SqlValue::Type::kInteger ? static_cast<double>(b.integer) : b.real;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const int c = a.text.compare(b.text);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool operator==(const SqlValue& a, const SqlValue& b) {
  return a.type == b.type && compare_sql_values(a, b) == 0;
}

}  // namespace starcart
