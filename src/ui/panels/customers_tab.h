// Customers: the RFM scatter (days since the last order x orders, bubble
// area = revenue, colour = segment, log axes on request; hover names the
// customer and their R/F/M scores; a click on a bubble or a segment row
// toggles that segment in the filter), the segment table (customers, share,
// revenue share, mean R/F/M) and new vs returning customers by month.
#pragma once

#include <cstdint>
#include <string>

#include "analytics/customers.h"
#include "imgui.h"
#include "ui/charts/point_thinning.h"

namespace starcart {

class CustomersTab {
 public:
  // `version` changes whenever `c` does (the scatter's thinning is cached on
  // it). `loading`: draw the loading state. Returns true when a click changed `filter`.
  bool draw(const CustomerAnalysis& c, uint64_t version, const std::string& currency, Filter& filter,
            bool loading = false);

 private:
  bool draw_scatter(const CustomerAnalysis& c, uint64_t version, const std::string& currency, Filter& filter, ImVec2 size);
  bool draw_segments(const CustomerAnalysis& c, const std::string& currency, Filter& filter, ImVec2 size);
  void draw_new_vs_returning(const CustomerAnalysis& c, const std::string& currency, ImVec2 size);

  bool loading_ = false;
  bool log_axes_ = false;
  uint64_t thinned_version_ = ~uint64_t{0};
  charts::ThinnedPoints thinned_;
};

}  // namespace starcart
