// Marketing: channel and campaign performance (analytics/marketing.h).
// Top left, revenue per channel on ranked horizontal bars (every channel
// labelled), last touch (the order's own channel) beside first touch (the
// channel that acquired the customer); top right, the same way, ROAS per
// channel with a spend file, else new customers per channel;
// below, the table of channels with their campaigns under them (revenue,
// orders, new customers, AOV, first touch, and spend, ROAS, CAC with a spend
// file). Spend on channels no order names is said in the summary line.
// Shown when the order lines name channels or a spend file was loaded.
#pragma once

#include <string>

#include "analytics/marketing.h"

namespace starcart {

class MarketingTab {
 public:
  void draw(const Marketing& m, const std::string& currency);

 private:
  void draw_summary(const Marketing& m, const std::string& currency);
  void draw_revenue(const Marketing& m, const std::string& currency);
  void draw_efficiency(const Marketing& m);
  void draw_table(const Marketing& m, const std::string& currency);
};

// Whether the data has something for the tab: channels on the lines or spend rows.
bool has_marketing_data(const FactStore& store);

}  // namespace starcart
