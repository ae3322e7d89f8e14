// The per-customer summary the lifetime-value models fit on: repeat
// purchases x, time of the last purchase t_x and the customer's age T (in
// weeks since the first purchase, as in Fader, Hardie & Lee), and the mean
// value of the repeat purchases.
#pragma once

#include <vector>

namespace starcart::clv {

struct CustomerSummary {
  double x = 0;           // repeat purchases (purchase days after the first)
  double t_x = 0;         // time of the last purchase, from the first
  double T = 0;           // time from the first purchase to the end of calibration
  double mean_value = 0;  // mean value of the repeat purchases (0 when x = 0)
};

}  // namespace starcart::clv
