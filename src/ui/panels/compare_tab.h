// Compare (issue 11): two periods side by side under the rest of the filter.
// A period picker (this month / quarter / year vs the one before, the last
// 30 days vs the 30 before, or two custom ranges), every Overview KPI with
// its absolute and relative change, revenue by category in both periods
// (grouped bars), and what contributed to the revenue change: categories,
// products, countries and RFM segments (analytics/period_compare.h); a
// click on a row filters every panel to it (a product: shown on Products).
//
// The choice lives in the view's options, so share links keep it:
//   compare.preset   = this-month | this-quarter | this-year | last-30-days | custom
//   compare.current  = YYYY-MM-DD..YYYY-MM-DD   (custom only)
//   compare.previous = YYYY-MM-DD..YYYY-MM-DD   (custom only)
//   compare.highlight = a SKU to mark in the products table (set by an insight)
#pragma once

#include <map>
#include <string>

#include "analytics/period_compare.h"

namespace starcart {

// The request the options describe (defaults: this month vs last; a custom
// choice with unreadable ranges falls back to the default).
CompareRequest compare_request_of(const std::map<std::string, std::string>& options);

// What the user did on the tab this frame.
struct CompareAction {
  bool options_changed = false;  // the picker changed the options (the App recomputes the comparison)
  bool filter_changed = false;   // a contribution row (category, country, segment) was clicked: `filter` changed
  std::string product;           // a product row was clicked: its SKU (no product filter: shown on Products)
};

class CompareTab {
 public:
  // Draws the comparison. A click on a contribution row toggles its value
  // in `filter` (issue 11), like the other cross-filter clicks.
  CompareAction draw(const PeriodComparison& c, std::map<std::string, std::string>& options, Filter& filter,
                     const std::string& currency);

 private:
  bool draw_picker(const PeriodComparison& c, std::map<std::string, std::string>& options);
  char range_text_[2][32] = {{0}, {0}};  // the custom ranges being typed
  int contrib_part_ = 0;  // the contribution table shown when one at a time (a narrow page)
};

}  // namespace starcart
