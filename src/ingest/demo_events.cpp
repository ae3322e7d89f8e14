#include "ingest/demo_events.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "ingest/demo_orders.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

using demo::DemoOrder;
using demo::DemoOrders;
using demo::SplitMix;

struct Event {
  Day day;
  int32_t second;
  uint32_t seq;  // order of writing: ties keep it
  std::string text;
};

class Writer {
 public:
  void add(Day day, int32_t second, const char* type, std::string_view sku, std::string_view user,
           std::string_view session, std::string_view order) {
    second = std::min(second, 86399);
    const CivilDate c = civil_from_days(day);
    char when[32];
    std::snprintf(when, sizeof when, "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day, second / 3600,
                  second / 60 % 60, second % 60);
    std::string line = when;
    line += ',';
    line += type;
    line += ',';
    line += sku;
    line += ',';
    line += user;
    line += ',';
    line += session;
    line += ',';
    line += order;
    events_.push_back(Event{day, second, static_cast<uint32_t>(events_.size()), std::move(line)});
  }
  std::string finish() {
    sort_rows(events_, [](const Event& a, const Event& b) {
      return a.day != b.day ? a.day < b.day : a.second < b.second;
    });
    std::string out = "event_time,event_type,product_id,user_id,user_session,order_id\n";
    for (const Event& e : events_) {
      out += e.text;
      out += '\n';
    }
    return out;
  }

 private:
  std::vector<Event> events_;
};

std::string session_name(uint64_t n) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "S%08llu", static_cast<unsigned long long>(n));
  return buf;
}

}  // namespace

std::string generate_demo_events_csv(const DemoOptions& shop, const DemoEventOptions& options) {
  const DemoOrders d = demo::read_demo_orders(generate_demo_csv(shop));
  SplitMix rng(shop.seed * 7919 + 17);
  Writer w;
  std::vector<std::string> customers;  // known so far: browsing visitors are drawn from them
  uint64_t sessions = 0;
  int64_t visitor = 0;
  for (const DemoOrder& o : d.orders) {
    if (!o.customer.empty() && (customers.empty() || customers.back() != o.customer)) customers.push_back(o.customer);
    // The buying session: a few minutes before the order.
    const std::string s = session_name(++sessions);
    const std::string guest = o.customer.empty() ? "g" + std::to_string(++visitor) : o.customer;
    int32_t t = std::max(0, o.second - 60 * static_cast<int32_t>(3 + o.items.size() * 2));
    for (const demo::OrderItem& item : o.items) {
      const std::string& sku = d.products[item.product].sku;
      w.add(o.day, t, "view", sku, guest, s, "");
      t += 20 + static_cast<int32_t>(rng.below(40));
      w.add(o.day, t, "cart", sku, guest, s, "");
      t += 20 + static_cast<int32_t>(rng.below(40));
    }
    w.add(o.day, t, "begin_checkout", "", guest, s, "");
    t += 30;
    w.add(o.day, t, "add_payment_info", "", guest, s, "");
    w.add(o.day, std::max(t + 30, o.second), "purchase", "", guest, s, o.invoice);
    // Browsing sessions of the same day that stop before a purchase.
    const uint32_t n = rng.below(static_cast<uint32_t>(2 * options.browsing_sessions + 1));
    for (uint32_t k = 0; k < n; ++k) {
      const std::string b = session_name(++sessions);
      std::string user;
      if (!customers.empty() && rng.chance(30)) user = customers[rng.below(static_cast<uint32_t>(customers.size()))];
      else user = "v" + std::to_string(++visitor);
      int32_t bt = static_cast<int32_t>(rng.below(86400 - 900));
      // Products seen: items of a random earlier order (popular products are seen more).
      const DemoOrder& like = d.orders[rng.below(static_cast<uint32_t>(&o - d.orders.data() + 1))];
      const uint32_t views = 1 + rng.below(3);
      std::string last;
      for (uint32_t v = 0; v < views; ++v) {
        last = d.products[like.items[rng.below(static_cast<uint32_t>(like.items.size()))].product].sku;
        w.add(o.day, bt, "view", last, user, b, "");
        bt += 15 + static_cast<int32_t>(rng.below(90));
      }
      if (rng.below(200) == 0) {
        w.add(o.day, bt, "view", "GIFTCARD", user, b, "");
        bt += 30;
      }
      if (!rng.chance(25)) continue;
      w.add(o.day, bt, "cart", last, user, b, "");
      bt += 20 + static_cast<int32_t>(rng.below(60));
      if (rng.chance(10)) {
        w.add(o.day, bt, "remove_from_cart", last, user, b, "");
        continue;
      }
      if (!rng.chance(40)) continue;
      w.add(o.day, bt, "begin_checkout", "", user, b, "");
      bt += 30 + static_cast<int32_t>(rng.below(60));
      if (!rng.chance(50)) continue;
      w.add(o.day, bt, "add_payment_info", "", user, b, "");
    }
  }
  return w.finish();
}

std::string demo_events_file_name(const DemoOptions& shop) {
  std::string name = demo_file_name(shop);
  const std::string prefix = "demo-shop-";
  if (name.compare(0, prefix.size(), prefix) == 0) name = "demo-events-" + name.substr(prefix.size());
  return name;
}

}  // namespace starcart
