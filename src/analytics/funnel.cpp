#include "analytics/funnel.h"

#include <unordered_map>

namespace starcart {

Funnel compute_funnel(const FactStore& s, const DayRange& period) {
  Funnel f;
  f.has_events = !s.events.empty();
  f.by_session = s.events_have_sessions;
  for (int k = 0; k < kFunnelSteps; ++k) f.stages[static_cast<size_t>(k)].step = static_cast<FunnelStep>(k);
  if (!f.has_events) return f;
  // Per unit: the furthest funnel step reached; -1 = none yet.
  std::unordered_map<uint64_t, int8_t> furthest;
  for (const EventFact& e : s.events) {
    if (e.day < period.from || e.day > period.to) continue;
    ++f.events;
    if (e.session == 0) {
      ++f.events_without_unit;
      continue;
    }
    const uint64_t unit = f.by_session ? uint64_t{e.session}
                                       : (uint64_t{e.session} << 32) | static_cast<uint32_t>(e.day);
    auto it = furthest.emplace(unit, int8_t{-1}).first;
    const int step = static_cast<int>(e.step);
    if (step < kFunnelSteps && step > it->second) it->second = static_cast<int8_t>(step);
  }
  f.units = static_cast<int64_t>(furthest.size());
  std::array<int64_t, kFunnelSteps> reached{};
  for (const auto& [unit, step] : furthest)
    for (int k = 0; k <= step; ++k) ++reached[static_cast<size_t>(k)];
  for (size_t k = 0; k < reached.size(); ++k) {
    FunnelStage& st = f.stages[k];
    st.units = reached[k];
    const int64_t before = k == 0 ? reached[0] : reached[k - 1];
    st.step_conversion = before > 0 ? static_cast<double>(reached[k]) / static_cast<double>(before) : 0;
    st.overall_conversion = reached[0] > 0 ? static_cast<double>(reached[k]) / static_cast<double>(reached[0]) : 0;
  }
  f.carts = reached[static_cast<size_t>(FunnelStep::kAddToCart)];
  f.abandoned = f.carts - reached[static_cast<size_t>(FunnelStep::kPurchase)];
  f.abandonment = f.carts > 0 ? static_cast<double>(f.abandoned) / static_cast<double>(f.carts) : 0;
  return f;
}

}  // namespace starcart
