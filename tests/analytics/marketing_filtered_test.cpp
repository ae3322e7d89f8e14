// Marketing under filters (a country, a date range, a segment, a channel and
// all at once) on the demo shop, against a straightforward recomputation
// written here with ordered maps and sets of names over the slice's lines:
// no index, no pair keys, no stamps. It defines each figure as
// analytics/marketing.h states it: revenue, distinct orders and distinct
// known customers per channel and per (channel, campaign); each customer's
// first-ever sale over the whole data (earliest day, within a day the earlier
// known time of day, else the earlier line) decides first touch (channel and
// campaign) and, when its day is in the period, a new customer of that
// channel and campaign.
#include <doctest.h>

#include <map>
#include <set>
#include <string>
#include <utility>

#include "analytics/marketing.h"
#include "analytics/slice.h"
#include "ingest/demo_shop.h"
#include "support/test_data.h"

using namespace starcart;

namespace {

struct Expected {
  Money revenue = 0, first_touch = 0;
  std::set<std::string> orders, customers;
  int64_t new_customers = 0;
};

using Key = std::pair<std::string, std::string>;  // channel name, campaign name ("" for channel rows)

struct Recomputed {
  std::map<std::string, Expected> channels;
  std::map<Key, Expected> campaigns;
  Money revenue = 0;
  std::set<std::string> orders;
  int64_t new_customers = 0;
};

Recomputed recompute(const FactStore& s, const Selection& sel, DayRange period) {
  // Each customer's first-ever sale line, by customer name.
  std::map<std::string, uint32_t> first;
  for (uint32_t i = 0; i < s.lines(); ++i) {
    if (s.kind[i] != LineKind::kSale || s.customer[i] == 0) continue;
    const std::string name(s.customers.at(s.customer[i]));
    auto it = first.find(name);
    if (it == first.end()) {
      first.emplace(name, i);
      continue;
    }
    const uint32_t f = it->second;
    const bool earlier_day = s.day[i] < s.day[f];
    const bool earlier_time = s.day[i] == s.day[f] && s.second[i] >= 0 && s.second[f] >= 0 && s.second[i] < s.second[f];
    if (earlier_day || earlier_time) it->second = i;
  }
  Recomputed r;
  std::set<std::string> counted;
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const std::string channel(s.channels.at(s.channel[i])), campaign(s.campaigns.at(s.campaign[i]));
    const std::string order(s.orders.at(s.order[i]));
    Expected& ch = r.channels[channel];
    Expected& cp = r.campaigns[{channel, campaign}];
    ch.revenue += s.value[i];
    cp.revenue += s.value[i];
    r.revenue += s.value[i];
    ch.orders.insert(order);
    cp.orders.insert(order);
    r.orders.insert(order);
    if (s.customer[i] == 0) {
      ch.first_touch += s.value[i];
      cp.first_touch += s.value[i];
      continue;
    }
    const std::string customer(s.customers.at(s.customer[i]));
    ch.customers.insert(customer);
    cp.customers.insert(customer);
    const uint32_t f = first.at(customer);
    const std::string first_channel(s.channels.at(s.channel[f])), first_campaign(s.campaigns.at(s.campaign[f]));
    r.channels[first_channel].first_touch += s.value[i];
    r.campaigns[{first_channel, first_campaign}].first_touch += s.value[i];
    if (counted.insert(customer).second && s.day[f] >= period.from && s.day[f] <= period.to) {
      ++r.new_customers;
      ++r.channels[first_channel].new_customers;
      ++r.campaigns[{first_channel, first_campaign}].new_customers;
    }
  }
  return r;
}

void check_row(const MarketingRow& row, const Expected& e) {
  CHECK(row.revenue == e.revenue);
  CHECK(row.first_touch_revenue == e.first_touch);
  CHECK(row.orders == static_cast<int64_t>(e.orders.size()));
  CHECK(row.customers == static_cast<int64_t>(e.customers.size()));
  CHECK(row.new_customers == e.new_customers);
}

void check_filter(const FactIndex& x, const Filter& f) {
  const FactStore& s = x.facts();
  const Slice slice = make_slice(x, f);
  REQUIRE(!slice.lines.lines.empty());
  const Marketing m = compute_marketing(x, slice.lines, f, slice.period);
  const Recomputed r = recompute(s, slice.lines, slice.period);
  CHECK(m.revenue == r.revenue);
  CHECK(m.orders == static_cast<int64_t>(r.orders.size()));
  CHECK(m.new_customers == r.new_customers);
  REQUIRE(m.channels.size() == r.channels.size());
  for (const MarketingRow& row : m.channels) {
    CAPTURE(row.channel_name);
    auto it = r.channels.find(std::string(row.channel_name));
    REQUIRE(it != r.channels.end());
    check_row(row, it->second);
  }
  // Campaign rows with neither revenue, first-touch revenue nor new customers do not exist.
  size_t campaigns = 0;
  for (const auto& [key, e] : r.campaigns)
    campaigns += e.revenue != 0 || !e.orders.empty() || e.new_customers > 0 || e.first_touch != 0;
  REQUIRE(m.campaigns.size() == campaigns);
  for (const MarketingRow& row : m.campaigns) {
    CAPTURE(row.channel_name);
    CAPTURE(row.campaign_name);
    auto it = r.campaigns.find({std::string(row.channel_name), std::string(row.campaign_name)});
    REQUIRE(it != r.campaigns.end());
    check_row(row, it->second);
  }
}

const FactIndex& demo_index() {
  static const FactStore store = [] {
    DemoOptions o;
    o.lines = 20000;
    o.seed = 7;
    auto s = test::load_csv("demo.csv", generate_demo_csv(o));
    REQUIRE(s.ok());
    return std::move(*s);
  }();
  static const FactIndex index = build_fact_index(store);
  return index;
}

}  // namespace

TEST_CASE("marketing under a country filter matches a recomputation with sets") {
  const FactIndex& x = demo_index();
  REQUIRE(x.facts().channels.size() > 2);
  REQUIRE(x.facts().campaigns.size() > 2);
  Filter f;
  f.countries = {"Germany"};
  check_filter(x, f);
}

TEST_CASE("marketing under a date range matches a recomputation with sets") {
  Filter f;
  f.from = days_from_civil(2024, 3, 1);
  f.to = days_from_civil(2024, 8, 31);
  check_filter(demo_index(), f);
}

TEST_CASE("marketing under a segment filter matches a recomputation with sets") {
  Filter f;
  f.segments = {"Champions"};
  check_filter(demo_index(), f);
}

TEST_CASE("marketing under a channel filter matches a recomputation with sets") {
  Filter f;
  f.channels = {"Email", "Social"};
  check_filter(demo_index(), f);
}

TEST_CASE("marketing under a date range, countries and segments at once matches a recomputation with sets") {
  Filter f;
  f.from = days_from_civil(2024, 1, 1);
  f.to = days_from_civil(2024, 12, 31);
  f.countries = {"Germany", "France"};
  f.segments = {"Champions", "Loyal"};
  check_filter(demo_index(), f);
}

TEST_CASE("marketing with no filter matches a recomputation with sets") { check_filter(demo_index(), Filter{}); }
