#include "analytics/delivery.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <map>

namespace starcart {

namespace {

struct Sums {
  int64_t orders = 0, late = 0, delay = 0, vs_promise = 0, delivery = 0;
  void add(Day purchase, Day promised, Day delivered) {
    ++orders;
    vs_promise += delivered - promised;
    delivery += delivered - purchase;
    if (delivered > promised) {
      ++late;
      delay += delivered - promised;
    }
  }
  DeliveryGroup group(std::string label) const {
    DeliveryGroup g;
    g.label = std::move(label);
    g.orders = orders;
    g.late = late;
    if (orders > 0) {
      g.late_share = static_cast<double>(late) / static_cast<double>(orders);
      g.avg_vs_promise = static_cast<double>(vs_promise) / static_cast<double>(orders);
      g.avg_delivery_days = static_cast<double>(delivery) / static_cast<double>(orders);
    }
    if (late > 0) g.avg_delay_days = static_cast<double>(delay) / static_cast<double>(late);
    return g;
  }
};

}  // namespace

Delivery compute_delivery(const FactStore& s, const Selection& selection) {
  Delivery d;
  d.has_dates = !s.order_promised.empty();
  if (!d.has_dates) return d;
  std::vector<uint8_t> seen(s.orders.size(), 0);
  Sums all;
  std::map<MonthIndex, Sums> months;
  std::map<std::string_view, Sums> states;
  for (uint32_t i : selection.lines) {  // in day order: an order's first line is its purchase day
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t o = s.order[i];
    if (o >= s.order_promised.size() || seen[o]) continue;
    seen[o] = 1;
    const Day promised = s.order_promised[o], delivered = s.order_delivered[o];
    if (promised == kNullDay) continue;
    if (delivered == kNullDay) {
      ++d.undelivered;
      continue;
    }
    all.add(s.day[i], promised, delivered);
    months[month_index(s.day[i])].add(s.day[i], promised, delivered);
    states[s.states.at(id_at(s.state, i))].add(s.day[i], promised, delivered);
  }
  d.overall = all.group("");
  for (const auto& [m, sums] : months) d.by_month.push_back(sums.group(format_month_key(m)));
  for (const auto& [st, sums] : states) d.by_state.push_back(sums.group(std::string(st)));
  sort_rows(d.by_state, [](const DeliveryGroup& a, const DeliveryGroup& b) { return a.orders > b.orders; });
  return d;
}

}  // namespace starcart
