#include "ingest/demo_orders.h"

#include <algorithm>
#include <unordered_map>

namespace starcart::demo {

namespace {

// The fields of one CSV record starting at `pos` (quoted fields with doubled
// quotes; the demo writes no newlines inside fields).
std::vector<std::string> record(std::string_view csv, size_t& pos) {
  std::vector<std::string> out(1);
  bool quoted = false;
  while (pos < csv.size()) {
    const char c = csv[pos++];
    if (quoted) {
      if (c == '"' && pos < csv.size() && csv[pos] == '"') {
        out.back() += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c == '\n') {
      break;
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

int64_t to_int(std::string_view s) {
  int64_t v = 0;
  bool neg = false;
  for (char c : s) {
    if (c == '-') neg = true;
    else if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  }
  return neg ? -v : v;
}

// "25.39" -> 2539 (the demo writes at most two decimals).
int64_t to_cents(std::string_view s) {
  const size_t dot = s.find('.');
  if (dot == std::string_view::npos) return to_int(s) * 100;
  std::string frac(s.substr(dot + 1));
  frac.resize(2, '0');
  return to_int(s.substr(0, dot)) * 100 + to_int(frac);
}

// "11/17/2023 12:24" -> day and seconds.
bool parse_when(std::string_view s, Day& day, int32_t& second) {
  int part[5] = {0, 0, 0, 0, 0};
  int k = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') part[k] = part[k] * 10 + (c - '0');
    else if ((c == '/' || c == ' ' || c == ':') && k < 4) ++k;
  }
  if (k < 2 || !is_valid_civil(part[2], part[0], part[1])) return false;
  day = days_from_civil(part[2], part[0], part[1]);
  second = part[3] * 3600 + part[4] * 60;
  return true;
}

}  // namespace

DemoOrders read_demo_orders(std::string_view csv) {
  DemoOrders d;
  size_t pos = 0;
  record(csv, pos);  // header
  std::unordered_map<std::string, uint32_t> product_of, order_of;
  bool any = false;
  while (pos < csv.size()) {
    const std::vector<std::string> f = record(csv, pos);
    if (f.size() < 7 || f[0].empty() || f[0][0] == 'C') continue;
    const int64_t qty = to_int(f[3]);
    const int64_t price = to_cents(f[5]);
    Day day = 0;
    int32_t second = 0;
    if (qty <= 0 || price <= 0 || !parse_when(f[4], day, second)) continue;
    auto p = product_of.emplace(f[1], static_cast<uint32_t>(d.products.size()));
    if (p.second) d.products.push_back(DemoProduct{f[1], price});
    auto o = order_of.emplace(f[0], static_cast<uint32_t>(d.orders.size()));
    if (o.second) {
      DemoOrder order;
      order.invoice = f[0];
      order.customer = f[6];
      order.day = day;
      order.second = second;
      if (f.size() > 10) {  // the full format: Category, Channel, Campaign after the 8 UCI columns
        order.channel = f[9];
        order.campaign = f[10];
      }
      d.orders.push_back(std::move(order));
    }
    d.orders[o.first->second].items.push_back(OrderItem{p.first->second, static_cast<int32_t>(qty)});
    d.first_day = any ? std::min(d.first_day, day) : day;
    d.last_day = any ? std::max(d.last_day, day) : day;
    any = true;
  }
  return d;
}

}  // namespace starcart::demo
