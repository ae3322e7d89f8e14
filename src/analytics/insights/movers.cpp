// Movers (docs/metrics.md, "Insights"): from the period comparison, the
// members of each dimension whose revenue moved away from the shop's trend.
// With g = the total relative change (current / previous revenue − 1), a
// member that moved with the shop would have changed by previous × g; its
// excess = change − previous × g. effect = |excess| / previous total
// revenue (the share of the business that moved on its own). A member
// qualifies when effect ≥ 2 % and its relative change differs from g by at
// least 25 points (or it had no revenue before); at most 2 per dimension.
#include <algorithm>
#include <cmath>

#include "analytics/insights/insights.h"
#include "core/format.h"

namespace starcart::insights {

namespace {

constexpr double kMinEffect = 0.02;
constexpr double kMinRelativeGap = 0.25;
constexpr size_t kPerDimension = 2;

}  // namespace

std::vector<Insight> movers(const PeriodComparison& c, const Filter& filter, const std::string& currency) {
  std::vector<Insight> out;
  if (c.previous.revenue <= 0) return out;
  const double prev_total = static_cast<double>(c.previous.revenue);
  const double g = static_cast<double>(c.revenue_change) / prev_total;
  const std::string when = period_text(c.periods.current) + " vs " + period_text(c.periods.previous);
  for (const ContributionTable* t : {&c.categories, &c.products, &c.countries}) {
    std::vector<Insight> found;
    for (const Contribution& row : t->rows) {
      if (row.key.empty()) continue;  // lines without a category / country
      const double excess = static_cast<double>(row.change) - static_cast<double>(row.previous) * g;
      const double effect = std::fabs(excess) / prev_total;
      if (effect < kMinEffect) continue;
      if (row.relative && std::fabs(*row.relative - g) < kMinRelativeGap) continue;
      Insight in;
      in.kind = InsightKind::kMover;
      in.effect = effect;
      in.subject = row.key;
      in.value = money_to_double(row.current);
      in.baseline = money_to_double(row.previous);
      const bool is_product = t == &c.products;
      const std::string who = is_product ? row.label + " (" + row.key + ")" : row.label;
      std::string text = who + " revenue " + (row.change >= 0 ? "rose" : "fell");
      if (row.relative) text += " " + format_percent(std::fabs(*row.relative));
      text += " (" + format_money(row.previous, currency) + " to " + format_money(row.current, currency) + ", " +
              (row.change >= 0 ? "+" : "") + format_money(row.change, currency) + ") in " + when +
              ", while total revenue changed " + format_delta_percent(g);
      if (row.share) text += "; it makes " + format_percent(*row.share) + " of the total change";
      in.text = text + ".";
      in.link.tab = "compare";
      in.link.filter = filter;
      in.link.filter.from.reset();
      in.link.filter.to.reset();
      if (t == &c.categories) in.link.filter.categories = {row.key};
      if (t == &c.countries) in.link.filter.countries = {row.key};
      in.link.options.emplace_back("compare.preset", compare_preset_key(c.preset));
      if (is_product) in.link.options.emplace_back("compare.highlight", row.key);
      found.push_back(std::move(in));
    }
    rank(found);
    if (found.size() > kPerDimension) found.resize(kPerDimension);
    for (Insight& in : found) out.push_back(std::move(in));
  }
  return out;
}

}  // namespace starcart::insights
