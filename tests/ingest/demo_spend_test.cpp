// The demo's marketing spend: deterministic by seed, recognised as a spend
// file, paid channels only, and consistent with the demo orders it goes with
// (every channel but the TikTok test is one the orders name; each paid
// channel's spend is its budget share of its revenue within the daily ±20 %).
#include <doctest.h>

#include <string>

#include "analytics/marketing.h"
#include "ingest/demo_spend.h"
#include "ingest/file_profile.h"
#include "warehouse/dataset_load_job.h"

using namespace starcart;

namespace {

FactStore load_pair(const DemoOptions& o) {
  const std::string orders = generate_demo_csv(o), spend = generate_demo_spend_csv(o);
  std::vector<InputFile> files(2);
  files[0].name = "orders.csv";
  files[0].bytes = orders;
  files[1].name = "spend.csv";
  files[1].bytes = spend;
  DatasetLoadJob job(std::move(files), CsvLoadOptions{});
  while (job.step(1000) == StepState::kRunning) {
  }
  REQUIRE(job.error().code == ErrorCode::kOk);
  return job.take_store();
}

}  // namespace

TEST_CASE("demo spend: the same options give the same bytes; another seed others") {
  DemoOptions o;
  o.lines = 1500;
  o.seed = 9;
  const std::string a = generate_demo_spend_csv(o);
  CHECK(a == generate_demo_spend_csv(o));
  CHECK(a.rfind("date,channel,campaign,spend\n", 0) == 0);
  DemoOptions other = o;
  other.seed = 10;
  CHECK(a != generate_demo_spend_csv(other));
  auto p = inspect_file("spend.csv", a);
  REQUIRE(p.ok());
  CHECK(p->kind == FileKind::kSpend);
}

TEST_CASE("demo spend joins the demo orders: paid channels only, TikTok reported as unknown") {
  DemoOptions o;
  o.lines = 3000;
  o.seed = 11;
  FactStore s = load_pair(o);
  REQUIRE_FALSE(s.spend.empty());
  const FactIndex x = build_fact_index(s);
  const Filter f;
  const Marketing m = compute_marketing(x, select_lines(s, f), f, filter_period(s, f));
  REQUIRE(m.has_spend);
  REQUIRE(m.unknown_channels.size() == 1);
  CHECK(m.unknown_channels[0].name == "TikTok");
  for (const MarketingRow& r : m.channels) {
    if (r.channel_name == "Organic search" || r.channel_name == "Direct") {
      CHECK(r.spend == 0);
      continue;
    }
    if (r.channel_name.empty()) continue;
    // Budget share of revenue (30 % paid search ... 6 % email) within ±20 %
    // a day, rounded down to the cent: ROAS between 1 / (1.2 x share) and
    // 1 / (0.8 x share), loosely (the demo's revenue excludes nothing here).
    const double share = r.channel_name == "Paid search" ? 0.30
                         : r.channel_name == "Social"    ? 0.45
                         : r.channel_name == "Email"     ? 0.06
                                                         : 0.12;
    REQUIRE(r.roas);
    CHECK(*r.roas > 1 / (1.25 * share));
    CHECK(*r.roas < 1 / (0.75 * share));
  }
}
