// Return-rate jumps (docs/metrics.md, "Insights"): per product, the share of
// returned lines (return lines / sale lines, the Returns tab's rate by lines) in the
// last 90 days up to the anchor against the 365 days before, under the rest
// of the filter. A product qualifies with at least 20 sale lines in each
// window, a rise of at least 10 points and a two-proportion z-score of at
// least 3 (pooled). effect = the rise in share points. At most 2.
#include <algorithm>
#include <cmath>

#include "analytics/insights/insights.h"
#include "analytics/slice.h"
#include "core/format.h"

namespace starcart::insights {

namespace {

constexpr Day kRecentDays = 90;
constexpr Day kBeforeDays = 365;
constexpr int64_t kMinLines = 20;
constexpr double kMinPoints = 0.10;
constexpr double kMinZ = 3.0;
constexpr size_t kMax = 2;

// Sale and return lines per product id (the Returns tab's rows keep only
// products with a return; here a product without one counts as rate 0).
struct Counts {
  std::vector<int64_t> sales, returns;
};
Counts counts_in(const FactIndex& x, Filter f, Day from, Day to) {
  const FactStore& s = x.facts();
  f.from = from;
  f.to = to;
  Counts c{std::vector<int64_t>(s.products.size(), 0), std::vector<int64_t>(s.products.size(), 0)};
  for (uint32_t i : make_slice(x, f).lines.lines) {
    if (s.kind[i] == LineKind::kSale) ++c.sales[s.product[i]];
    else ++c.returns[s.product[i]];
  }
  return c;
}

// Both windows from the filter's own base when its date range covers them
// and it has no customer filter: the windows' lines are then a run of the
// base (in date order), with no selection of their own.
bool counts_from_base(const FactIndex& x, const Slice* main, const Filter& filter, Day from, Day split, Day to,
                      Counts& before, Counts& recent) {
  if (!main || !(main->filter == filter) || filter.has_customer_filter() || (filter.from && *filter.from > from) ||
      (filter.to && *filter.to < to))
    return false;
  const FactStore& s = x.facts();
  const std::vector<uint32_t>& base = main->base().lines;
  auto day_less = [&](uint32_t i, Day d) { return s.day[i] < d; };
  const auto begin = std::lower_bound(base.begin(), base.end(), from, day_less);
  const auto mid = std::lower_bound(begin, base.end(), split, day_less);
  const auto end = std::lower_bound(mid, base.end(), to + 1, day_less);
  auto count = [&](std::vector<uint32_t>::const_iterator a, std::vector<uint32_t>::const_iterator b, Counts& c) {
    c = Counts{std::vector<int64_t>(s.products.size(), 0), std::vector<int64_t>(s.products.size(), 0)};
    for (auto it = a; it != b; ++it) {
      if (s.kind[*it] == LineKind::kSale) ++c.sales[s.product[*it]];
      else ++c.returns[s.product[*it]];
    }
  };
  count(begin, mid, before);
  count(mid, end, recent);
  return true;
}

}  // namespace

std::vector<Insight> return_jump(const FactIndex& x, const Filter& filter, Day anchor, const Slice* main) {
  std::vector<Insight> out;
  const Day recent_from = anchor - kRecentDays + 1, before_from = recent_from - kBeforeDays;
  const FactStore& s = x.facts();
  Counts recent, before;
  if (!counts_from_base(x, main, filter, before_from, recent_from, anchor, before, recent)) {
    recent = counts_in(x, filter, recent_from, anchor);
    before = counts_in(x, filter, before_from, recent_from - 1);
  }
  for (uint32_t id = 0; id < s.products.size(); ++id) {
    const int64_t s1 = recent.sales[id], s0 = before.sales[id], r1 = recent.returns[id], r0 = before.returns[id];
    if (s1 < kMinLines || s0 < kMinLines) continue;
    const double n1 = static_cast<double>(s1), n0 = static_cast<double>(s0);
    const double p1 = static_cast<double>(r1) / n1, p0 = static_cast<double>(r0) / n0;
    if (p1 - p0 < kMinPoints) continue;
    const double pooled = static_cast<double>(r1 + r0) / (n1 + n0);
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
    if (se <= 0 || (p1 - p0) / se < kMinZ) continue;
    Insight in;
    in.kind = InsightKind::kReturnRate;
    in.effect = p1 - p0;
    const std::string sku(s.products.at(id));
    const std::string name(id < s.product_name.size() ? s.product_names.at(s.product_name[id]) : std::string_view());
    in.subject = sku;
    in.value = p1;
    in.baseline = p0;
    in.text = "Returns of " + (name.empty() ? sku : name) + " (" + sku + ") jumped: " + format_count(r1) +
              " returned lines per " + format_count(s1) + " sold (" +
              format_percent(p1) + ") in the 90 days to " + format_iso_date(anchor) + ", against " + format_percent(p0) +
              " (" + format_count(r0) + " per " + format_count(s0) + ") in the year before (+" +
              format_fixed((p1 - p0) * 100, 1) + " points, z = " + format_fixed((p1 - p0) / se, 1) + ").";
    in.link.tab = "returns";
    in.link.filter = filter;
    in.link.filter.from = recent_from;
    in.link.filter.to = anchor;
    out.push_back(std::move(in));
  }
  rank(out);
  if (out.size() > kMax) out.resize(kMax);
  return out;
}

}  // namespace starcart::insights
