// The orders of a demo-shop CSV read back (demo_shop.h writes them): the
// event-log and stock generators (demo_events.h, demo_inventory.h) start from
// the very orders and products of the demo file they accompany, so the three
// files join like a real shop's exports.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace starcart::demo {

struct OrderItem {
  uint32_t product = 0;  // index into DemoOrders::products
  int32_t quantity = 0;
};

struct DemoOrder {
  std::string invoice;
  std::string customer;  // "" for a guest
  Day day = 0;
  int32_t second = 0;
  std::string channel;   // "" when the file has no channel column
  std::string campaign;
  std::vector<OrderItem> items;
};

struct DemoProduct {
  std::string sku;
  int64_t price_cents = 0;  // the first price written
};

struct DemoOrders {
  std::vector<DemoOrder> orders;      // sales only (no cancellations or adjustments), in file order
  std::vector<DemoProduct> products;  // in order of first sale
  Day first_day = 0, last_day = 0;
};

// Reads the demo CSV (Online Retail columns first; M/D/YYYY H:MM dates).
DemoOrders read_demo_orders(std::string_view csv);

// splitmix64: one integer-only random stream for the generators.
class SplitMix {
 public:
  explicit SplitMix(uint64_t seed) : s_(seed) {}
  uint64_t next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  uint32_t below(uint32_t n) { return static_cast<uint32_t>((next() >> 16) % n); }
  bool chance(int per_100) { return static_cast<int>(below(100)) < per_100; }

 private:
  uint64_t s_;
};

}  // namespace starcart::demo
