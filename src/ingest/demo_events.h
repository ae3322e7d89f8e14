// A deterministic event log for the demo shop: the storefront's sessions
// behind the orders of a demo CSV (demo_shop.h), so the Operations tab has a
// funnel to show. Every demo order gets its buying session (views of its
// products, add-to-cart, checkout, payment info, purchase naming the order,
// a few minutes before the order's time, by its customer or a guest); around
// it, browsing sessions that stop earlier (most after a view, some after the
// cart, checkout or payment step; some remove an item), by known customers
// or anonymous visitors, on the same day. About 1 browsing session in 200
// views a gift card no order line has (an unknown product, as real logs
// have). Columns (the public "eCommerce behavior" log's names):
// event_time,event_type,product_id,user_id,user_session,order_id
// Same seed and options, same bytes (integer-only arithmetic).
#pragma once

#include <cstdint>
#include <string>

#include "ingest/demo_shop.h"

namespace starcart {

struct DemoEventOptions {
  int browsing_sessions = 6;  // average browsing sessions per order (0..2x this, uniformly)
};

// The events of the demo shop `shop` writes (the same options and seed).
std::string generate_demo_events_csv(const DemoOptions& shop, const DemoEventOptions& options = {});

// "demo-events-50k-seed42.csv"
std::string demo_events_file_name(const DemoOptions& shop);

}  // namespace starcart
