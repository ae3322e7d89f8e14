// Returns: KPI cards (return value, rate by value and by lines, return
// lines, each against the previous period), returns and the return rate by
// month, and the most returned products, categories and countries, with the
// reasons where the data gives them.
#pragma once

#include <optional>
#include <string>

#include "analytics/analyzer.h"
#include "analytics/returns.h"
#include "analytics/returns_detail.h"

namespace starcart {

class ReturnsTab {
 public:
  // Draws the analyzer's returns for its current filter; `generation` is the
  // dataset's (the months and reasons are computed once per filter).
  void draw(Analyzer& analyzer, uint64_t generation, const std::string& currency);
  // `overview`: the KPIs of the period and of the one before (the cards' deltas).
  void draw(const Returns& r, const ReturnsDetail& detail, const std::string& currency, const Overview* overview = nullptr);

 private:
  std::optional<ReturnsDetail> detail_;
  Filter detail_filter_;
  uint64_t detail_generation_ = 0;
};

}  // namespace starcart
