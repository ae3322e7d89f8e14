// The demo's event log and stock file: deterministic, and joined to the demo
// orders they go with (every purchase names a demo sale order, every stock
// SKU is a demo product, the only unknown product is the gift card).
#include <doctest.h>

#include <string>

#include "ingest/demo_events.h"
#include "ingest/demo_inventory.h"
#include "warehouse/dataset_load_job.h"

using namespace starcart;

namespace {

int64_t count_of(const std::string& text, const std::string& needle) {
  int64_t n = 0;
  for (size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("demo events and stock: the same options give the same bytes") {
  DemoOptions o;
  o.lines = 1500;
  o.seed = 9;
  CHECK(generate_demo_events_csv(o) == generate_demo_events_csv(o));
  CHECK(generate_demo_stock_csv(o) == generate_demo_stock_csv(o));
  DemoOptions other = o;
  other.seed = 10;
  CHECK(generate_demo_events_csv(o) != generate_demo_events_csv(other));
  CHECK(demo_events_file_name(o).rfind("demo-events-", 0) == 0);
  CHECK(demo_stock_file_name(o).rfind("demo-stock-", 0) == 0);
}

TEST_CASE("demo events and stock join the demo orders") {
  DemoOptions o;
  o.lines = 1500;
  o.seed = 9;
  const std::string orders = generate_demo_csv(o), events = generate_demo_events_csv(o), stock = generate_demo_stock_csv(o);
  std::vector<InputFile> files;
  files.push_back(InputFile{"orders.csv", orders, std::nullopt});
  files.push_back(InputFile{"events.csv", events, std::nullopt});
  files.push_back(InputFile{"stock.csv", stock, std::nullopt});
  auto s = load_dataset(std::move(files));
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
  CHECK(s->files[1].kind == "events");
  CHECK(s->files[2].kind == "inventory");
  CHECK(s->files[1].counts.rows_rejected == 0);
  CHECK(s->files[2].counts.rows_rejected == 0);
  CHECK(static_cast<int64_t>(s->events.size()) == count_of(events, "\n") - 1);
  CHECK(s->events_unknown_product == count_of(events, ",GIFTCARD,"));
  CHECK(s->stock_unknown_product == 0);
  int64_t purchases = 0;
  for (const EventFact& e : s->events) {
    if (e.step != FunnelStep::kPurchase) continue;
    ++purchases;
    CHECK(e.order != 0);  // names an order of the demo file
  }
  CHECK(purchases == count_of(events, ",purchase,"));
  CHECK(purchases > 0);
}
