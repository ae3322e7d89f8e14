#include "ingest/demo_spend.h"

#include <cstdio>
#include <map>
#include <utility>
#include <vector>

#include "ingest/demo_orders.h"

namespace starcart {

namespace {

// Budget as per mille of the campaign's revenue; 0 = not a paid channel.
int64_t budget_per_mille(const std::string& channel) {
  if (channel == "Paid search") return 300;
  if (channel == "Social") return 450;
  if (channel == "Email") return 60;
  if (channel == "Affiliate") return 120;
  return 0;
}

void money_text(std::string& out, int64_t cents) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(cents / 100), static_cast<long long>(cents % 100));
  out += buf;
}


}  // namespace

std::string generate_demo_spend_csv(const DemoOptions& shop) {
  const demo::DemoOrders d = demo::read_demo_orders(generate_demo_csv(shop));
  std::string out = "date,channel,campaign,spend\n";
  if (d.orders.empty()) return out;
  // Revenue in cents per (month, channel, campaign); std::map: a fixed order.
  using Key = std::pair<int64_t, std::pair<std::string, std::string>>;
  std::map<Key, int64_t> revenue;
  for (const demo::DemoOrder& o : d.orders) {
    if (budget_per_mille(o.channel) == 0) continue;
    const CivilDate c = civil_from_days(o.day);
    int64_t cents = 0;
    for (const demo::OrderItem& it : o.items) cents += d.products[it.product].price_cents * it.quantity;
    revenue[Key{c.year * 12 + (c.month - 1), {o.channel, o.campaign}}] += cents;
  }
  const CivilDate last = civil_from_days(d.last_day);
  const int64_t last_month = last.year * 12 + (last.month - 1);
  for (int64_t m = last_month - 2; m <= last_month; ++m) revenue[Key{m, {"TikTok", "tiktok-test"}}] += 0;
  demo::SplitMix rng(shop.seed * 7919 + 11);
  for (const auto& [key, cents] : revenue) {
    const int year = static_cast<int>(key.first / 12), month = static_cast<int>(key.first % 12) + 1;
    const std::string& channel = key.second.first;
    const int64_t budget = channel == "TikTok" ? 45000 : cents * budget_per_mille(channel) / 1000;
    const int n = days_in_month(year, month);
    for (int day = 1; day <= n; ++day) {
      const Day when = days_from_civil(year, month, day);
      if (when < d.first_day || when > d.last_day) continue;
      const int64_t wobble = 80 + static_cast<int64_t>(rng.below(41));  // 80..120 %
      const int64_t spend = budget * wobble / 100 / n;
      if (spend <= 0) continue;
      out += format_iso_date(when) + "," + channel + "," + key.second.second + ",";
      money_text(out, spend);
      out += '\n';
    }
  }
  return out;
}

}  // namespace starcart
