#include "analytics/clv/customer_summary.h"

namespace starcart::clv {

CalibrationSummary summarize_customers(const FactIndex& index, const Selection& selection, Day calibration_end,
                                       Day holdout_end, const std::vector<uint8_t>& keep) {
  const FactStore& s = index.facts();
  // Per customer id: running state of one pass over the lines (date order).
  struct State {
    Day first = kNoDay, last_cal = kNoDay, last_seen = kNoDay;
    int32_t repeats = 0, holdout = 0;
    Money day_value = 0, repeat_value = 0, all_value = 0;
    int32_t slot = -1;
  };
  std::vector<State> st(s.customers.size());
  CalibrationSummary out;
  // The value of a purchase day is known when the customer's next day starts.
  auto close_day = [](State& c) {
    if (c.last_seen == kNoDay || c.last_seen > c.last_cal) return;
    c.all_value += c.day_value;
    if (c.last_seen != c.first) c.repeat_value += c.day_value;
  };
  for (uint32_t i : selection.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t k = s.customer[i];
    if (k == 0 || (!keep.empty() && keep[k] == 0)) continue;
    const Day d = s.day[i];
    State& c = st[k];
    if (c.first == kNoDay) {
      if (d > calibration_end) continue;  // first purchase after calibration: not in the model
      c.first = d;
      c.slot = static_cast<int32_t>(out.customer.size());
      out.customer.push_back(k);
    }
    if (d != c.last_seen) {
      close_day(c);
      c.day_value = 0;
      if (d <= calibration_end) {
        if (d != c.first) ++c.repeats;
        c.last_cal = d;
      } else if (d <= holdout_end) {
        ++c.holdout;
      }
      c.last_seen = d;
    }
    c.day_value += s.value[i];
  }
  const size_t n = out.customer.size();
  out.summary.resize(n);
  out.holdout_purchases.resize(n);
  out.calibration_value.resize(n);
  for (size_t j = 0; j < n; ++j) {
    State& c = st[out.customer[j]];
    close_day(c);
    CustomerSummary& m = out.summary[j];
    m.x = c.repeats;
    m.t_x = (c.last_cal - c.first) / 7.0;
    m.T = (calibration_end - c.first) / 7.0;
    m.mean_value = c.repeats > 0 ? money_to_double(c.repeat_value) / c.repeats : 0.0;
    out.holdout_purchases[j] = c.holdout;
    out.calibration_value[j] = money_to_double(c.all_value);
  }
  out.holdout_weeks = holdout_end > calibration_end ? (holdout_end - calibration_end) / 7.0 : 0.0;
  return out;
}

}  // namespace starcart::clv
