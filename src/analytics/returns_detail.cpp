#include "analytics/returns_detail.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

ReturnsDetail compute_returns_detail(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  ReturnsDetail out;
  out.has_reasons = !s.return_reason.empty();
  if (sel.lines.empty()) return out;
  // Lines are in date order: the first and last selected lines bound the months.
  const MonthIndex first = month_index(s.day[sel.lines.front()]);
  const MonthIndex last = month_index(s.day[sel.lines.back()]);
  out.monthly.resize(static_cast<size_t>(last - first + 1));
  for (size_t m = 0; m < out.monthly.size(); ++m) out.monthly[m].month = first + static_cast<MonthIndex>(m);
  std::vector<Money> reason_value(out.has_reasons ? s.return_reasons.size() : 0, 0);
  std::vector<int64_t> reason_lines(reason_value.size(), 0);
  Money total_returned = 0;
  for (uint32_t i : sel.lines) {
    ReturnMonth& m = out.monthly[static_cast<size_t>(month_index(s.day[i]) - first)];
    if (s.kind[i] == LineKind::kReturn) {
      m.return_value += s.value[i];
      ++m.return_lines;
      total_returned += s.value[i];
      if (out.has_reasons) {
        const uint32_t r = s.return_reason[i];
        reason_value[r] += s.value[i];
        ++reason_lines[r];
      }
    } else {
      m.revenue += s.value[i];
      ++m.sale_lines;
    }
  }
  for (ReturnMonth& m : out.monthly)
    if (m.revenue != 0) m.rate_value = static_cast<double>(m.return_value) / static_cast<double>(m.revenue);
  for (uint32_t r = 0; r < reason_value.size(); ++r) {
    if (reason_lines[r] == 0) continue;
    ReasonRow row;
    row.id = r;
    row.reason = r == 0 ? std::string_view() : s.return_reasons.at(r);
    row.return_value = reason_value[r];
    row.return_lines = reason_lines[r];
    row.value_share = total_returned != 0 ? static_cast<double>(row.return_value) / static_cast<double>(total_returned) : 0;
    out.reasons.push_back(row);
  }
  sort_rows(out.reasons, [](const ReasonRow& a, const ReasonRow& b) {
    if (a.return_value != b.return_value) return a.return_value > b.return_value;
    return a.reason < b.reason;
  });
  return out;
}

}  // namespace starcart
