// Load steps 6b and 6c, fact_events and fact_inventory, from the event-log
// and stock rows of the store (event_assembly.h). plan_side_facts runs in the
// plan: it takes the rows of files not loaded before (an event or stock file
// given again adds nothing), counts them on their file (lines_appended /
// lines_already_loaded in the load audit, so rows_loaded of such a file =
// rows appended + rows already loaded) and widens the date range dim_date
// covers. The rows then point at their dimensions: dim_date (the event's or
// snapshot's day), dim_product (0 when no order line has the product, and
// counted), dim_customer (0 when the visitor is no customer), fact_orders
// (NULL unless the order is appended in this load).
#pragma once

#include "warehouse/load_context.h"
#include "warehouse/row_buffer.h"

namespace starcart {

void plan_side_facts(LoadContext& c);

Result<RowBuffer> build_events(LoadContext& c);
const std::vector<std::string>& event_columns();

Result<RowBuffer> build_inventory(LoadContext& c);
const std::vector<std::string>& inventory_columns();

}  // namespace starcart
