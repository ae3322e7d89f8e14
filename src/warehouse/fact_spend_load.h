// Load step 6d, fact_spend, from the marketing spend rows of the store
// (FactStore::spend, event_assembly.h). plan_side_facts (fact_events_load.h)
// takes the rows of files not loaded before. Each row keeps its channel and
// campaign as the spend file writes them and points at dim_date and, when
// the order lines have exactly that (channel, campaign) pair, at its
// dim_channel member (NULL otherwise: spend on a channel no order names is
// kept, never dropped; analytics/marketing.h reports it).
#pragma once

#include "warehouse/load_context.h"
#include "warehouse/row_buffer.h"

namespace starcart {

Result<RowBuffer> build_spend(LoadContext& c);
const std::vector<std::string>& spend_columns();

}  // namespace starcart
