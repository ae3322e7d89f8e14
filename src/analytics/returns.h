// Returns under a filter: return value and rates by product, category and
// country. For a group, rate by value = return value / sales revenue of the
// same group in the selection, rate by lines = return lines / sale lines
// (nullopt when the group has no sale: returns of goods sold before the
// period). A return line's category and country are its own line's.
// Rows are groups with at least one return, by return value descending,
// ties by name; the first rows of by_product are the top returned products.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct ReturnRow {
  uint32_t id = 0;             // product, category or country id
  std::string_view key;        // SKU, category or country name as written
  std::string_view name;       // product description (products only)
  Money return_value = 0;
  int64_t return_lines = 0;
  int64_t return_units = 0;    // |quantity| of the return lines
  Money revenue = 0;           // sales revenue of the group
  int64_t sale_lines = 0;
  std::optional<double> rate_value;  // return_value / revenue
  std::optional<double> rate_lines;  // return_lines / sale_lines
};

struct Returns {
  Money return_value = 0;
  int64_t return_lines = 0;
  std::optional<double> rate_value, rate_lines;  // over the whole selection
  std::vector<ReturnRow> by_product;
  std::vector<ReturnRow> by_category;
  std::vector<ReturnRow> by_country;
};

Returns compute_returns(const FactIndex& index, const Selection& selection);

}  // namespace starcart
