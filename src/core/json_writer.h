// A small streaming JSON writer: objects, arrays, escaped strings, exact
// integers and money as decimals. One writer serves the report JSON, the
// page's window.starcart snapshot and the share state, so they cannot drift.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"

namespace starcart {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty = false) : pretty_(pretty) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(int64_t v);
  JsonWriter& value(int v) { return value(static_cast<int64_t>(v)); }
  JsonWriter& value(uint32_t v) { return value(static_cast<int64_t>(v)); }
  JsonWriter& value(double v, int decimals = 6);  // non-finite -> null
  JsonWriter& value(bool v);
  JsonWriter& null();
  // Money rounded to cents, written as a JSON number: 1234.5 -> 1234.50
  JsonWriter& money(Money v);

  // key + value in one call.
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  JsonWriter& money_field(std::string_view k, Money v) {
    key(k);
    return money(v);
  }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  void newline();
  std::string out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
  bool pretty_;
};

// Escapes a string for JSON (quotes included).
std::string json_quote(std::string_view s);

}  // namespace starcart
