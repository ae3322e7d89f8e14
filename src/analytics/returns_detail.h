// Returns over time and by reason under a filter (the Returns tab; the
// group tables are analytics/returns.h). Per month from the selection's
// first to its last month without gaps: return value and lines, sales
// revenue and lines, and the rate by value (nullopt without sales). By
// reason where the data names return reasons (Role::kReturnReason): return
// value and lines per reason, "" for returns without one, by value
// descending, ties by name.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "core/date.h"

namespace starcart {

struct ReturnMonth {
  MonthIndex month = 0;
  Money return_value = 0;
  int64_t return_lines = 0;
  Money revenue = 0;
  int64_t sale_lines = 0;
  std::optional<double> rate_value;  // return_value / revenue
};

struct ReasonRow {
  uint32_t id = 0;            // return reason id; 0 = not given
  std::string_view reason;    // as written ("" for id 0)
  Money return_value = 0;
  int64_t return_lines = 0;
  double value_share = 0;     // of the selection's return value
};

struct ReturnsDetail {
  std::vector<ReturnMonth> monthly;
  bool has_reasons = false;   // the data has a return reason column
  std::vector<ReasonRow> reasons;  // empty without one
};

ReturnsDetail compute_returns_detail(const FactIndex& index, const Selection& selection);

}  // namespace starcart
