// Share links, the Share menu's exports and masking, drawn headless
// (issue 8). The menu is used as a user uses it: clicks on probe keys.
#include <doctest.h>

#include "headless.h"
#include "support/test_data.h"
#include "warehouse/sqlite_db.h"

using namespace starcart;
using starcart::test::Headless;

namespace {

std::vector<OwnedFile> retail_small() {
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"online_retail_small.csv",
                            FileBytes::from_string(test::read_data_file("csv/online_retail_small.csv"))});
  return files;
}

void load_retail_small(Headless& h, App& app) {
  app.open_files(retail_small());
  h.settle(app);
  REQUIRE(app.screen() == Screen::kImport);
  h.click(app, "import.build");
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
}

void menu(Headless& h, App& app, const std::string& item) {
  h.click(app, "header.share");
  h.click(app, item);
  h.settle(app);
}

// The customer ids of tests/data/csv/online_retail_small.csv.
const char* const kIds[] = {"17850", "13047", "14527", "12583"};

}  // namespace

TEST_CASE("a demo link opens the demo with its tab and filter, and the view's link is that link") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  const std::string link = "#demo&lines=3000&seed=9&tab=import&from=2011-02-01&to=2011-02-28&preset=month";
  app.open_link(link);
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
  CHECK(app.view().demo_lines == 3000);
  CHECK(app.view().demo_seed == 9);
  CHECK(app.view().tab == Tab::kImport);
  CHECK(app.view().filter.from == days_from_civil(2011, 2, 1));
  CHECK(app.link() == link);
  CHECK(app.link_notice().empty());
}

TEST_CASE("a data link waits for the same files, then shows its view") {
  Headless h;
  NullPlatformServices platform;
  App first(platform);
  load_retail_small(h, first);
  const std::string fp = first.fingerprint();
  REQUIRE(fp.size() == 16);

  App app(platform);
  app.open_link("#data=" + fp + "&tab=import&country=France");
  h.settle(app);
  CHECK(app.screen() == Screen::kStart);
  CHECK(app.link_notice().find("Open the same files") != std::string::npos);
  load_retail_small(h, app);
  CHECK(app.view().tab == Tab::kImport);
  CHECK(app.view().filter.countries == std::vector<std::string>{"France"});
  CHECK(app.link_notice().empty());
  CHECK(app.link() == "#data=" + fp + "&tab=import&country=France");
}

TEST_CASE("other files than the link's: the view is not applied and the page says so") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_link("#data=0000000000000000&country=France");
  h.settle(app);
  load_retail_small(h, app);
  CHECK(app.view().filter.countries.empty());
  CHECK(app.link_notice().find("not the ones the link was made from") != std::string::npos);
}

TEST_CASE("Copy link puts the view's link on the clipboard") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_demo(2000, 3);
  h.settle(app);
  menu(h, app, "share.copy_link");
  CHECK(platform.clipboard == "#demo&lines=2000&seed=3&tab=overview");
}

TEST_CASE("the report and the warehouse download with the dataset's name") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load_retail_small(h, app);
  menu(h, app, "share.report");
  CHECK(platform.last_download == "online_retail_small-report.html");
  CHECK(platform.last_download_bytes.find("<caption>Key figures") != std::string::npos);
  menu(h, app, "share.sqlite");
  CHECK(platform.last_download == "online_retail_small.sqlite");
  CHECK(platform.last_download_bytes.rfind("SQLite format 3", 0) == 0);
  for (const char* id : kIds) CHECK(platform.last_download_bytes.find(id) != std::string::npos);
}

TEST_CASE("with masking on, no customer id of the input is in the .sqlite or a table CSV") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load_retail_small(h, app);
  menu(h, app, "share.mask");
  CHECK(app.view().mask_pii);
  menu(h, app, "share.sqlite");
  CHECK(platform.last_download == "online_retail_small-masked.sqlite");
  const std::string bytes = platform.last_download_bytes;
  // Every row of the tables that hold ids: no input id (SQL level; free-page
  // bytes are a known gap, masked_export.cpp).
  auto db = Database::open_memory();
  REQUIRE(db.ok());
  REQUIRE(db->deserialize(bytes).ok());
  for (const char* id : kIds)
    for (const char* t : {"dim_customer", "mart_customer"})
      CHECK_MESSAGE(*db->query_int(std::string("SELECT count(*) FROM ") + t + " WHERE customer_id = '" + id + "'") == 0, id);
  CHECK(*db->query_int("SELECT count(DISTINCT customer_id) FROM dim_customer WHERE customer_version_key > 0") == 4);
  CHECK(*db->query_int("SELECT count(*) FROM dim_customer WHERE customer_id NOT LIKE 'c-%' AND customer_id <> ''") == 0);
  h.click(app, "header.share");
  h.click(app, "share.wtables");
  h.click(app, "share.wtable.mart_customer");
  h.settle(app);
  CHECK(platform.last_download == "online_retail_small-mart_customer.csv");
  for (const char* id : kIds) CHECK_MESSAGE(platform.last_download_bytes.find(id) == std::string::npos, id);
}

TEST_CASE("a chart card of the tab downloads as PNG and its data as CSV") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load_retail_small(h, app);
  h.click(app, "header.share");
  h.click(app, "share.charts");
  h.click(app, "share.png.trend");
  h.settle(app);
  CHECK(platform.last_png == "online_retail_small-trend.png");
  h.click(app, "header.share");
  h.click(app, "share.charts");
  h.click(app, "share.csv.trend");
  h.settle(app);
  CHECK(platform.last_download == "online_retail_small-trend.csv");
  // Dec 2010, Jan 2011 and Feb 2011 have sales in the fixture.
  CHECK(platform.last_download_bytes.rfind("Month,Revenue,Orders,Customers,Average order value\r\n2010-12,", 0) == 0);
}

TEST_CASE("the masked warehouse of the demo shop keeps every table's row count") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_demo(3000, 11);
  h.settle(app);
  menu(h, app, "share.sqlite");
  auto plain = Database::open_memory();
  REQUIRE(plain->deserialize(platform.last_download_bytes).ok());
  menu(h, app, "share.mask");
  menu(h, app, "share.sqlite");
  REQUIRE(platform.last_download.find("-masked.sqlite") != std::string::npos);
  auto masked = Database::open_memory();
  REQUIRE(masked->deserialize(platform.last_download_bytes).ok());
  for (const char* t : {"fact_sales", "dim_customer", "mart_customer", "load_rejected", "dq_example"}) {
    const std::string sql = std::string("SELECT count(*) FROM ") + t;
    CHECK_MESSAGE(*masked->query_int(sql) == *plain->query_int(sql), t);
  }
}
