#include "analytics/ab_test.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/format.h"
#include "core/sort_rows.h"

namespace starcart {

std::string_view ab_metric_key(AbMetric m) {
  switch (m) {
    case AbMetric::kConversion: return "conversion";
    case AbMetric::kRevenuePerCustomer: return "revenue_per_customer";
    case AbMetric::kAov: return "aov";
  }
  return "";
}

std::string_view ab_metric_label(AbMetric m) {
  switch (m) {
    case AbMetric::kConversion: return "Conversion (repeat order)";
    case AbMetric::kRevenuePerCustomer: return "Revenue per customer";
    case AbMetric::kAov: return "Average order value";
  }
  return "";
}

std::string_view ab_verdict_key(AbVerdict v) {
  switch (v) {
    case AbVerdict::kTooSmall: return "too_small";
    case AbVerdict::kNoDifference: return "no_difference";
    case AbVerdict::kHigher: return "higher";
    case AbVerdict::kLower: return "lower";
  }
  return "";
}

bool is_control_name(std::string_view name) {
  std::string n(name);
  for (char& c : n)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return n == "control" || n == "a" || n == "baseline" || n == "original" || n == "ctrl" || n == "kontrolle" ||
         n == "controle";
}

namespace {

constexpr uint32_t kMixed = UINT32_MAX;

// (1) Each customer's arm over the test's sale lines (variant given, not a guest).
std::vector<uint32_t> assign_arms(const FactStore& s, const Selection& sel) {
  std::vector<uint32_t> arm(s.customers.size(), 0);
  for (uint32_t i : sel.lines) {
    const uint32_t v = s.variant[i], c = s.customer[i];
    if (v == 0 || c == 0 || s.kind[i] != LineKind::kSale) continue;
    uint32_t& a = arm[c];
    if (a == 0) a = v;
    else if (a != v) a = kMixed;
  }
  return arm;
}

// Signed change in the metric's unit: "+1.2 pp" or "+3.40".
std::string change_text(AbMetric m, double v, const std::string& currency) {
  const std::string sign = v > 0 ? "+" : v < 0 ? "\xe2\x88\x92" : "";  // U+2212 minus
  const double a = v < 0 ? -v : v;
  if (m == AbMetric::kConversion) return sign + format_fixed(a * 100, 1) + " pp";
  return sign + currency + format_fixed(a, 2);
}

void judge(AbComparison& c, const AbArm& arm, const AbArm& control, const AbThresholds& th, const std::string& cur) {
  const std::string what = std::string(arm.name) + "'s " + [&] {
    std::string l(ab_metric_label(c.metric));
    if (!l.empty()) l[0] = static_cast<char>(l[0] - 'A' + 'a');
    return l;
  }();
  // The minimum sample first: no verdict on too little data.
  std::string small;
  for (const AbArm* a : {&control, &arm}) {
    if (!small.empty()) break;
    if (a->customers < th.min_customers)
      small = "each arm needs at least " + format_count(th.min_customers) + " customers; " + std::string(a->name) +
              " has " + format_count(a->customers);
    else if (c.metric == AbMetric::kConversion &&
             (a->converted < th.min_outcomes || a->customers - a->converted < th.min_outcomes))
      small = "each arm needs at least " + format_count(th.min_outcomes) + " customers with and " +
              format_count(th.min_outcomes) + " without a repeat order; " + std::string(a->name) + " has " +
              format_count(a->converted) + " and " + format_count(a->customers - a->converted);
    else if (c.metric == AbMetric::kAov && a->orders < th.min_orders)
      small = "each arm needs at least " + format_count(th.min_orders) + " orders; " + std::string(a->name) + " has " +
              format_count(a->orders);
  }
  const std::string diff = change_text(c.metric, c.difference, cur);
  const std::string range =
      c.ci ? change_text(c.metric, c.ci->low, cur) + " to " + change_text(c.metric, c.ci->high, cur) : "";
  if (!small.empty()) {
    c.verdict = AbVerdict::kTooSmall;
    c.text = "Too small to call: " + small + ".";
    return;
  }
  if (!c.ci || c.ci->contains(0)) {
    c.verdict = AbVerdict::kNoDifference;
    c.text = "No clear difference: " + what + " is " + diff + " against " + std::string(control.name) +
             (c.ci ? ", but the 95 % interval (" + range + ") includes zero." : ", and there is no spread to judge it by.");
    return;
  }
  c.verdict = c.difference > 0 ? AbVerdict::kHigher : AbVerdict::kLower;
  c.text = what + " is " + (c.difference > 0 ? "higher" : "lower") + " than " + std::string(control.name) + "'s: " +
           diff + " (95 % interval " + range + ").";
}

}  // namespace

AbTest compute_ab_test(const FactIndex& x, const Selection& sel, const AbThresholds& th) {
  const FactStore& s = x.facts();
  AbTest out;
  out.thresholds = th;
  if (s.variant.empty()) return out;
  out.has_variants = true;
  const std::vector<uint32_t> arm_of = assign_arms(s, sel);
  // (2) Per customer and per order: revenue and distinct orders of the test's lines.
  std::vector<Money> customer_revenue(s.customers.size(), 0), order_revenue(s.orders.size(), 0);
  std::vector<int32_t> customer_orders(s.customers.size(), 0);
  std::vector<uint32_t> order_arm(s.orders.size(), 0);  // 0 = not a test order of a kept customer
  std::vector<uint8_t> guest_order(s.orders.size(), 0);
  bool any = false;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale || s.variant[i] == 0) continue;
    const uint32_t c = s.customer[i], o = s.order[i];
    if (!any) out.first_day = s.day[i];
    out.last_day = s.day[i];
    any = true;
    if (c == 0) {
      if (!guest_order[o]) ++out.guest_orders;
      guest_order[o] = 1;
      continue;
    }
    const uint32_t a = arm_of[c];
    if (a == kMixed) continue;
    customer_revenue[c] += s.value[i];
    order_revenue[o] += s.value[i];
    if (order_arm[o] == 0) {
      order_arm[o] = a;
      ++customer_orders[c];
    }
  }
  // (3) Arms with their samples: per customer revenue, per order value.
  const std::string& cur = s.currency_symbol;
  std::vector<int32_t> slot(s.variants.size(), -1);
  std::vector<std::vector<double>> per_customer, per_order;
  for (uint32_t c = 1; c < arm_of.size(); ++c) {
    const uint32_t a = arm_of[c];
    if (a == kMixed) {
      ++out.mixed_customers;
      continue;
    }
    if (a == 0 || customer_orders[c] == 0) continue;
    if (slot[a] < 0) {
      slot[a] = static_cast<int32_t>(out.arms.size());
      AbArm arm;
      arm.id = a;
      arm.name = s.variants.at(a);
      out.arms.push_back(arm);
      per_customer.emplace_back();
      per_order.emplace_back();
    }
    AbArm& arm = out.arms[static_cast<size_t>(slot[a])];
    ++arm.customers;
    arm.converted += customer_orders[c] >= 2;
    per_customer[static_cast<size_t>(slot[a])].push_back(money_to_double(customer_revenue[c]));
  }
  for (uint32_t o = 0; o < order_arm.size(); ++o) {
    if (order_arm[o] == 0) continue;
    const size_t k = static_cast<size_t>(slot[order_arm[o]]);
    ++out.arms[k].orders;
    out.arms[k].revenue += order_revenue[o];
    per_order[k].push_back(money_to_double(order_revenue[o]));
  }
  std::vector<ab::Moments> customer_m, order_m;
  for (size_t k = 0; k < out.arms.size(); ++k) {
    AbArm& a = out.arms[k];
    customer_m.push_back(ab::moments(per_customer[k]));
    order_m.push_back(ab::moments(per_order[k]));
    a.conversion = static_cast<double>(a.converted) / static_cast<double>(a.customers);
    a.conversion_ci = ab::wilson(a.converted, a.customers);
    a.revenue_per_customer = customer_m[k].mean;
    a.revenue_per_customer_sd = std::sqrt(customer_m[k].variance);
    a.aov = a.orders > 0 ? money_to_double(a.revenue) / static_cast<double>(a.orders) : 0;
    a.order_value_sd = std::sqrt(order_m[k].variance);
  }
  if (out.arms.empty()) {
    out.summary = "The data has a variant column, but no customer with a sale in the selection carries one.";
    return out;
  }
  // (4) Control first (its name, else the first by name), then by name.
  std::vector<size_t> order(out.arms.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  sort_rows(order, [&](size_t a, size_t b) {
    const bool ca = is_control_name(out.arms[a].name), cb = is_control_name(out.arms[b].name);
    if (ca != cb) return ca;
    return out.arms[a].name < out.arms[b].name;
  });
  {
    std::vector<AbArm> arms;
    std::vector<ab::Moments> cm, om;
    for (size_t k : order) {
      arms.push_back(out.arms[k]);
      cm.push_back(customer_m[k]);
      om.push_back(order_m[k]);
    }
    out.arms.swap(arms);
    customer_m.swap(cm);
    order_m.swap(om);
  }
  out.arms[0].control = true;
  // (5) Each arm against the control.
  const AbArm& control = out.arms[0];
  for (uint32_t k = 1; k < out.arms.size(); ++k) {
    const AbArm& arm = out.arms[k];
    for (AbMetric m : {AbMetric::kConversion, AbMetric::kRevenuePerCustomer, AbMetric::kAov}) {
      AbComparison c;
      c.arm = k;
      c.metric = m;
      if (m == AbMetric::kConversion) {
        c.control_value = control.conversion;
        c.arm_value = arm.conversion;
        c.ci = ab::newcombe_difference(arm.converted, arm.customers, control.converted, control.customers);
      } else {
        const bool rpc = m == AbMetric::kRevenuePerCustomer;
        c.control_value = rpc ? control.revenue_per_customer : control.aov;
        c.arm_value = rpc ? arm.revenue_per_customer : arm.aov;
        auto w = ab::welch_difference(rpc ? customer_m[k] : order_m[k], rpc ? customer_m[0] : order_m[0]);
        if (w) {
          c.ci = w->interval;
          c.df = w->df;
        }
      }
      c.difference = c.arm_value - c.control_value;
      if (c.control_value != 0) c.relative = c.difference / c.control_value;
      judge(c, arm, control, th, cur);
      out.comparisons.push_back(std::move(c));
    }
  }
  // (6) One sentence: the arms, the window, and what the test shows.
  int64_t customers = 0;
  for (const AbArm& a : out.arms) customers += a.customers;
  out.summary = format_count(static_cast<int64_t>(out.arms.size())) + " arms, " + format_count(customers) +
                " customers, " + format_iso_date(out.first_day) + " to " + format_iso_date(out.last_day) + ". ";
  if (out.arms.size() == 1) {
    out.summary += "Only one arm has customers in the selection: nothing to compare.";
    return out;
  }
  int winners = 0, small = 0;
  for (const AbComparison& c : out.comparisons) {
    winners += c.verdict == AbVerdict::kHigher || c.verdict == AbVerdict::kLower;
    small += c.verdict == AbVerdict::kTooSmall;
  }
  if (winners == 0)
    out.summary += small == static_cast<int>(out.comparisons.size())
                       ? "Too small to call on any metric."
                       : "No arm differs from " + std::string(control.name) + " beyond chance on any metric.";
  else
    for (const AbComparison& c : out.comparisons)
      if (c.verdict == AbVerdict::kHigher || c.verdict == AbVerdict::kLower) out.summary += c.text + " ";
  while (!out.summary.empty() && out.summary.back() == ' ') out.summary.pop_back();
  return out;
}

}  // namespace starcart
