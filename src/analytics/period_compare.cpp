#include "analytics/period_compare.h"

#include <algorithm>
#include <cstdlib>

#include "analytics/rfm.h"
#include "analytics/slice.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

// First day of the calendar period of `d` that is `back` periods earlier
// (months_per: 1 month, 3 quarter, 12 year).
Day period_start(Day d, int months_per, int back) {
  const MonthIndex m = month_index(d);
  const MonthIndex first = m - (month_number(m) - 1) % months_per;
  return month_first_day(first - back * months_per);
}

// Revenue of sale lines per product, category and country, in one pass.
struct MemberRevenue {
  std::vector<Money> products, categories, countries;
};
MemberRevenue revenue_by_member(const FactStore& s, const Selection& sel) {
  MemberRevenue r;
  r.products.assign(s.products.size(), 0);
  r.categories.assign(s.categories.size(), 0);
  r.countries.assign(s.countries.size(), 0);
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const Money v = s.value[i];
    r.products[s.product[i]] += v;
    r.categories[s.category[i]] += v;
    r.countries[s.country[i]] += v;
  }
  return r;
}

// Revenue per RFM segment of the slice's kept customers, and the guests'
// revenue as row kSegmentCount (the rest of the total).
std::vector<Money> revenue_by_segment(const FactIndex& x, Slice& slice, Money total) {
  ensure_customer_facts(x, slice);
  std::vector<Money> out(kSegmentCount + 1, 0);
  Money customers = 0;
  for (const SegmentRow& row : segment_summary(*slice.rfm, slice.keep)) {
    out[static_cast<size_t>(row.segment)] = row.revenue;
    customers += row.revenue;
  }
  out[kSegmentCount] = total - customers;
  return out;
}

std::vector<std::string> names_of(const Dictionary& d) {
  std::vector<std::string> out;
  out.reserve(d.size());
  for (uint32_t i = 0; i < d.size(); ++i) out.emplace_back(d.at(i));
  return out;
}

std::optional<double> opt_diff(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

std::optional<double> opt_relative(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return std::nullopt;
  return relative_change(*a, *b);
}

}  // namespace

const char* compare_preset_key(ComparePreset p) {
  switch (p) {
    case ComparePreset::kMonth: return "this-month";
    case ComparePreset::kQuarter: return "this-quarter";
    case ComparePreset::kYear: return "this-year";
    case ComparePreset::kLast30Days: return "last-30-days";
    case ComparePreset::kCustom: return "custom";
  }
  return "this-month";
}

const char* compare_preset_label(ComparePreset p) {
  switch (p) {
    case ComparePreset::kMonth: return "This month vs last";
    case ComparePreset::kQuarter: return "This quarter vs last";
    case ComparePreset::kYear: return "This year vs last";
    case ComparePreset::kLast30Days: return "Last 30 days vs the 30 before";
    case ComparePreset::kCustom: return "Two custom ranges";
  }
  return "";
}

std::optional<ComparePreset> parse_compare_preset(std::string_view t) {
  for (ComparePreset p : {ComparePreset::kMonth, ComparePreset::kQuarter, ComparePreset::kYear,
                          ComparePreset::kLast30Days, ComparePreset::kCustom})
    if (t == compare_preset_key(p)) return p;
  if (t == "month") return ComparePreset::kMonth;
  if (t == "quarter") return ComparePreset::kQuarter;
  if (t == "year") return ComparePreset::kYear;
  if (t == "30d" || t == "last-30") return ComparePreset::kLast30Days;
  return std::nullopt;
}

ComparePeriods preset_periods(ComparePreset preset, Day a) {
  ComparePeriods p;
  if (preset == ComparePreset::kLast30Days || preset == ComparePreset::kCustom) {
    p.current = {a - 29, a};
    p.previous = {a - 59, a - 30};
    return p;
  }
  const int months = preset == ComparePreset::kMonth ? 1 : preset == ComparePreset::kQuarter ? 3 : 12;
  p.current = {period_start(a, months, 0), a};
  const Day prev_first = period_start(a, months, 1);
  const Day prev_last = p.current.from - 1;  // the previous period's last calendar day
  p.previous = {prev_first, std::min(prev_first + (a - p.current.from), prev_last)};
  return p;
}

std::vector<KpiChange> kpi_changes(const Kpis& c, const Kpis& p) {
  using U = KpiChange::Unit;
  std::vector<KpiChange> out;
  auto add = [&](const char* key, const char* label, U unit, std::optional<double> cur, std::optional<double> prev) {
    KpiChange k;
    k.key = key;
    k.label = label;
    k.unit = unit;
    k.current = cur;
    k.previous = prev;
    k.absolute = opt_diff(cur, prev);
    k.relative = opt_relative(cur, prev);
    out.push_back(k);
  };
  auto money = [](Money m) { return std::optional<double>(money_to_double(m)); };
  auto count = [](int64_t n) { return std::optional<double>(static_cast<double>(n)); };
  add("revenue", "Revenue", U::kMoney, money(c.revenue), money(p.revenue));
  add("net_revenue", "Net revenue", U::kMoney, money(c.net_revenue), money(p.net_revenue));
  add("orders", "Orders", U::kCount, count(c.orders), count(p.orders));
  add("customers", "Customers", U::kCount, count(c.customers), count(p.customers));
  add("aov", "Average order value", U::kMoney, money(c.aov), money(p.aov));
  add("units", "Units", U::kCount, count(c.units), count(p.units));
  add("items_per_order", "Items per order", U::kRatio, c.items_per_order, p.items_per_order);
  add("return_value", "Returns", U::kMoney, money(c.return_value), money(p.return_value));
  add("return_rate_value", "Return rate (value)", U::kShare, c.return_rate_value, p.return_rate_value);
  add("return_rate_lines", "Return rate (lines)", U::kShare, c.return_rate_lines, p.return_rate_lines);
  add("new_customers", "New customers", U::kCount, count(c.new_customers), count(p.new_customers));
  add("returning_customers", "Returning customers", U::kCount, count(c.returning_customers),
      count(p.returning_customers));
  add("repeat_rate", "Repeat-purchase rate", U::kShare, c.repeat_rate, p.repeat_rate);
  add("countries", "Countries", U::kCount, count(c.countries), count(p.countries));
  return out;
}

std::vector<Contribution> contributions(const std::vector<Money>& cur, const std::vector<Money>& prev,
                                        Money total_change, const std::vector<std::string>& keys,
                                        const std::vector<std::string>& labels) {
  std::vector<Contribution> rows;
  for (size_t id = 0; id < cur.size(); ++id) {
    if (cur[id] == 0 && prev[id] == 0) continue;
    Contribution c;
    c.id = static_cast<uint32_t>(id);
    c.key = keys[id];
    c.label = labels[id];
    c.current = cur[id];
    c.previous = prev[id];
    c.change = cur[id] - prev[id];
    if (total_change != 0) c.share = static_cast<double>(c.change) / static_cast<double>(total_change);
    c.relative = relative_change(static_cast<double>(c.current), static_cast<double>(c.previous));
    rows.push_back(std::move(c));
  }
  sort_rows(rows, [](const Contribution& a, const Contribution& b) {
    const Money x = std::llabs(a.change), y = std::llabs(b.change);
    if (x != y) return x > y;
    return a.key < b.key;
  });
  return rows;
}

namespace {

// The segment table from the two periods' slices (scored here if needed).
void segment_table(const FactIndex& x, Slice& cur, Slice& prev, PeriodComparison& r) {
  std::vector<std::string> seg_keys, seg_labels;
  for (size_t i = 0; i < kSegmentCount; ++i) {
    seg_keys.emplace_back(segment_key(static_cast<Segment>(i)));
    seg_labels.emplace_back(segment_name(static_cast<Segment>(i)));
  }
  seg_keys.emplace_back("guests");
  seg_labels.emplace_back("Guests (no customer id)");
  r.segments.dimension = "segments";
  r.segments.rows = contributions(revenue_by_segment(x, cur, r.current.revenue),
                                  revenue_by_segment(x, prev, r.previous.revenue), r.revenue_change, seg_keys, seg_labels);
  r.has_segments = true;
}

}  // namespace

void add_segment_table(const FactIndex& x, PeriodComparison& r) {
  if (r.has_segments) return;
  Slice cur = make_slice(x, r.current_filter);
  Slice prev = make_slice(x, r.previous_filter);
  segment_table(x, cur, prev, r);
}

PeriodComparison compare_periods(const FactIndex& x, const Filter& filter, const CompareRequest& request,
                                 const CompareParts& parts) {
  const FactStore& s = x.facts();
  PeriodComparison r;
  r.preset = request.preset;
  r.anchor = s.last_day;
  r.periods = request.preset == ComparePreset::kCustom ? request.custom : preset_periods(request.preset, s.last_day);
  r.current_filter = r.previous_filter = filter;
  r.current_filter.from = r.periods.current.from;
  r.current_filter.to = r.periods.current.to;
  r.previous_filter.from = r.periods.previous.from;
  r.previous_filter.to = r.periods.previous.to;
  Slice cur = make_slice(x, r.current_filter);
  Slice prev = make_slice(x, r.previous_filter);
  r.current = compute_kpis(x, cur.lines, cur.period);
  r.previous = compute_kpis(x, prev.lines, prev.period);
  r.kpis = kpi_changes(r.current, r.previous);
  r.revenue_change = r.current.revenue - r.previous.revenue;

  const MemberRevenue now = revenue_by_member(s, cur.lines), before = revenue_by_member(s, prev.lines);
  auto table = [&](const char* dim, const std::vector<Money>& c, const std::vector<Money>& p, const Dictionary& dict,
                   const std::vector<std::string>& labels) {
    ContributionTable t;
    t.dimension = dim;
    t.rows = contributions(c, p, r.revenue_change, names_of(dict), labels);
    return t;
  };
  std::vector<std::string> product_names;
  product_names.reserve(s.products.size());
  for (uint32_t p = 0; p < s.products.size(); ++p)
    product_names.emplace_back(p < s.product_name.size() ? s.product_names.at(s.product_name[p]) : std::string_view());
  r.products = table("products", now.products, before.products, s.products, product_names);
  const std::vector<std::string> categories = names_of(s.categories), countries = names_of(s.countries);
  r.categories = table("categories", now.categories, before.categories, s.categories, categories);
  r.countries = table("countries", now.countries, before.countries, s.countries, countries);

  if (parts.segments) segment_table(x, cur, prev, r);
  return r;
}

}  // namespace starcart
