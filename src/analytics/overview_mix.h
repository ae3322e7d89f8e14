// The Overview's three small breakdowns (top categories, payment mix, top
// countries) in one pass over the selection. The Products, Payments and
// Geography tabs compute much more per row (products, ABC classes, orders,
// states...); the Overview needs only revenue and share, and a filter change
// on the Overview must stay within the 50 ms budget at 1M lines, so it reads
// the three per-line columns once instead of running three full analyses.
// Same rules and order as those analyses: sale lines only; rows sorted by
// revenue (largest first), then name; a row only for a value with sales.
#pragma once

#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "core/money.h"

namespace starcart {

struct MixRow {
  uint32_t id = 0;            // category / payment type / country id; 0 = not given
  std::string_view name;      // "" for id 0
  Money revenue = 0;
  double revenue_share = 0;   // of the selection's sales revenue
};

struct OverviewMix {
  bool has_payment_types = false;  // the data names payment types
  std::vector<MixRow> categories;
  std::vector<MixRow> payment_types;
  std::vector<MixRow> countries;
};

OverviewMix compute_overview_mix(const FactIndex& index, const Selection& selection);

// compute_overview_mix's sums one sale line at a time, for a pass that
// computes other figures from the same lines.
class MixCounter {
 public:
  explicit MixCounter(const FactIndex& index);
  void add_sale(uint32_t i) {
    const Money v = s_.value[i];
    total_ += v;
    category_[s_.category[i]] += v;
    ++category_lines_[s_.category[i]];
    payment_[id_at(s_.payment, i)] += v;
    ++payment_lines_[id_at(s_.payment, i)];
    country_[s_.country[i]] += v;
    ++country_lines_[s_.country[i]];
  }
  OverviewMix finish() const;

 private:
  const FactStore& s_;
  std::vector<Money> category_, payment_, country_;
  std::vector<uint32_t> category_lines_, payment_lines_, country_lines_;
  Money total_ = 0;
};

}  // namespace starcart
