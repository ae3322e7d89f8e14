#include "ingest/demo_inventory.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "ingest/demo_orders.h"

namespace starcart {

namespace {

struct Sim {
  int64_t on_hand = 0;
  int64_t avg_milli = 0;  // average daily units x 1000
  int lead = 7;
  bool overstock = false;
  std::vector<std::pair<Day, int64_t>> arriving;  // (day, units)
};

void money_text(std::string& out, int64_t cents) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(cents / 100), static_cast<long long>(cents % 100));
  out += buf;
}

}  // namespace

std::string generate_demo_stock_csv(const DemoOptions& shop) {
  const demo::DemoOrders d = demo::read_demo_orders(generate_demo_csv(shop));
  std::string out = "snapshot_date,sku,warehouse,on_hand,unit_cost\n";
  if (d.orders.empty()) return out;
  const int64_t days = d.last_day - d.first_day + 1;
  const size_t n = d.products.size();
  // Units sold per product and day.
  std::vector<std::vector<int64_t>> sold(n, std::vector<int64_t>(static_cast<size_t>(days), 0));
  std::vector<int64_t> total(n, 0);
  for (const demo::DemoOrder& o : d.orders)
    for (const demo::OrderItem& it : o.items) {
      sold[it.product][static_cast<size_t>(o.day - d.first_day)] += it.quantity;
      total[it.product] += it.quantity;
    }
  std::vector<Sim> sim(n);
  for (size_t p = 0; p < n; ++p) {
    Sim& s = sim[p];
    s.avg_milli = total[p] * 1000 / days;
    s.lead = p % 6 == 5 ? 28 : 7;
    s.overstock = p % 15 == 14;
    s.on_hand = (45 * s.avg_milli + 999) / 1000 * (s.overstock ? 3 : 1) + 2;
  }
  demo::SplitMix rng(shop.seed * 104729 + 3);
  std::vector<int64_t> outlet(n, 0);
  for (size_t p = 0; p < n; ++p)
    if (p % 4 == 3) outlet[p] = 1 + rng.below(5);
  for (Day day = d.first_day; day <= d.last_day; ++day) {
    const size_t k = static_cast<size_t>(day - d.first_day);
    const bool snapshot = iso_weekday(day) == 0 || day == d.last_day;
    for (size_t p = 0; p < n; ++p) {
      Sim& s = sim[p];
      // Deliveries first, then the day's sales, then the reorder check.
      for (auto it = s.arriving.begin(); it != s.arriving.end();) {
        if (it->first == day) {
          s.on_hand += it->second;
          it = s.arriving.erase(it);
        } else {
          ++it;
        }
      }
      s.on_hand = std::max<int64_t>(0, s.on_hand - sold[p][k]);
      int64_t on_order = 0;
      for (const auto& a : s.arriving) on_order += a.second;
      const int64_t reorder_point = (14 * s.avg_milli + 999) / 1000;
      if (!s.overstock && s.avg_milli > 0 && s.on_hand + on_order <= reorder_point)
        s.arriving.emplace_back(day + s.lead, std::max<int64_t>(5, (45 * s.avg_milli + 999) / 1000));
      if (!snapshot) continue;
      const std::string date = format_iso_date(day);
      const int64_t cost = d.products[p].price_cents * 55 / 100;
      out += date + "," + d.products[p].sku + ",Main," + std::to_string(s.on_hand) + ",";
      money_text(out, cost);
      out += '\n';
      if (outlet[p] > 0) {
        out += date + "," + d.products[p].sku + ",Outlet," + std::to_string(outlet[p]) + ",";
        money_text(out, cost);
        out += '\n';
      }
    }
  }
  return out;
}

std::string demo_stock_file_name(const DemoOptions& shop) {
  std::string name = demo_file_name(shop);
  const std::string prefix = "demo-shop-";
  if (name.compare(0, prefix.size(), prefix) == 0) name = "demo-stock-" + name.substr(prefix.size());
  return name;
}

}  // namespace starcart
