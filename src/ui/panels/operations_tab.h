// Operations: the conversion funnel and cart abandonment (event log), the
// inventory table (stock file: on hand, days of cover, turnover, stock-outs,
// slow movers; sortable) and delivery performance (promised vs actual
// delivery dates: late share by month and by state). Shown when the data
// has any of these; a part without data says which file would fill it.
#pragma once

#include <string>

#include "analytics/operations.h"

namespace starcart {

class OperationsTab {
 public:
  void draw(const Operations& o, const std::string& currency);

 private:
  void draw_funnel(const Funnel& f);
  void draw_delivery(const Delivery& d);
  void draw_inventory(const Inventory& inv, const std::string& currency);
  int sort_column_ = 1;
  bool ascending_ = false;
};

}  // namespace starcart
