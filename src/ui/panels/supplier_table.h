// The Products tab's supplier table (issue 11): per supplier revenue and its
// share, orders, margin (when costs exist), return rate and stock-outs ("n/a"
// without a stock file). A click on a supplier toggles it in the filter.
#pragma once

#include <string>

#include "analytics/filter.h"
#include "analytics/suppliers.h"

namespace starcart {

// Returns true when a click changed `filter`.
bool draw_supplier_table(const Suppliers& s, const std::string& currency, Filter& filter);

}  // namespace starcart
