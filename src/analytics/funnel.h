// The conversion funnel of an event log (docs/metrics.md, "Funnel"): how many
// sessions reach each of five steps (viewed, added to cart, began checkout,
// gave payment info, purchased), under the filter's date range.
//
// The unit is the session when the log has a session column, else the
// visitor-day (a visitor's events of one calendar day). Only events dated in
// the period count; events with neither session nor visitor are counted
// aside. A unit reaches step k when it has an event at step k or at a later
// step (a purchase tracked without its checkout event still passed the
// checkout), so the counts never rise from one step to the next.
// Cart abandonment: units that reached add-to-cart but not purchase, over
// units that reached add-to-cart. Only the date range applies: events carry
// no country, category or channel.
#pragma once

#include <array>
#include <cstdint>

#include "analytics/filter.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct FunnelStage {
  FunnelStep step = FunnelStep::kView;
  int64_t units = 0;                // sessions (visitor-days) reaching the step
  double step_conversion = 0;       // units / units of the step before (1 for the first step)
  double overall_conversion = 0;    // units / units of the first step
};

struct Funnel {
  bool has_events = false;          // the data has an event log
  bool by_session = true;           // unit: session; false = visitor-day
  int64_t events = 0;               // events dated in the period
  int64_t events_without_unit = 0;  //   of them with no session or visitor (in no unit)
  int64_t units = 0;                // units with any event in the period (funnel step or not)
  std::array<FunnelStage, kFunnelSteps> stages;
  int64_t carts = 0;                // units reaching add-to-cart
  int64_t abandoned = 0;            //   of them not reaching purchase
  double abandonment = 0;           // abandoned / carts (0 when no cart)
};

Funnel compute_funnel(const FactStore& store, const DayRange& period);

}  // namespace starcart
