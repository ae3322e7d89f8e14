// The Geography, Trends, Returns, Payments and Data tabs, headless, through
// the widgets a user clicks. Expected figures by hand from
// tests/data/csv/online_retail_small.csv (as in tests/analytics/kpis_test.cpp):
// 8 sale lines, revenue 184.02, France 31.40 (25.50 + 5.90).
#include <doctest.h>

#include "headless.h"
#include "support/test_data.h"

using namespace starcart;
using starcart::test::Headless;

namespace {

bool has(const std::string& snap, const std::string& part) { return snap.find(part) != std::string::npos; }

void load(Headless& h, App& app, const std::string& relative) {
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{relative.substr(relative.rfind('/') + 1), FileBytes::from_string(test::read_data_file(relative))});
  app.open_files(std::move(files));
  h.frame(app);
  h.click(app, "import.build");
  h.settle(app);  // the load, then SQLite in the background
  REQUIRE(app.screen() == Screen::kDashboard);
  REQUIRE(app.session().sql_state() == Session::SqlState::kReady);
}

// Replaces the editor's text with `sql`.
void write_sql(Headless& h, App& app, const char* sql) {
  h.click(app, "data.sql.editor");
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
  h.key(app, ImGuiKey_A);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
  h.key(app, ImGuiKey_Delete);
  h.type(app, sql);
}

}  // namespace

TEST_CASE("Data tab: the schema lists the tables; a query runs with Run and with Ctrl+Enter") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.click(app, "tab.data");
  CHECK(has(app.snapshot_json(), R"("tab":"data")"));
  CHECK(h.has(app, "data.schema.table.fact_sales"));
  CHECK(h.has(app, "data.schema.table.dim_product"));
  write_sql(h, app, "SELECT count(*) AS n FROM fact_sales WHERE line_kind = 'sale'");
  h.click(app, "data.sql.run");
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("columns":["n"],"rows":[["8"]])"));
  write_sql(h, app, "SELECT count(*) AS m FROM fact_sales WHERE line_kind = 'return'");
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
  h.key(app, ImGuiKey_Enter);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
  h.frame(app);
  snap = app.snapshot_json();
  CHECK(has(snap, R"("columns":["m"],"rows":[["1"]])"));  // C536379
  // The editor keeps the query (Ctrl+Enter inserts no line break).
  CHECK(has(snap, R"("sql":"SELECT count(*) AS m FROM fact_sales WHERE line_kind = 'return'")"));
}

TEST_CASE("Data tab: a write is refused with the reason; an error says where it is") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.click(app, "tab.data");
  write_sql(h, app, "DROP TABLE fact_sales");
  h.click(app, "data.sql.run");
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("read_only":true)"));
  CHECK(h.has(app, "data.sql.error"));
  write_sql(h, app, "SELECT 1\nFROM no_such_table");
  h.click(app, "data.sql.run");
  snap = app.snapshot_json();
  CHECK(has(snap, R"("message":"no such table: no_such_table","line":2,"column":6)"));
}

TEST_CASE("Data tab: the result downloads as CSV; quality and rejected rows have their sections") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.click(app, "tab.data");
  write_sql(h, app, "SELECT sku FROM dim_product WHERE sku IN ('85123A', '71053') ORDER BY sku");
  h.click(app, "data.sql.run");
  h.click(app, "data.sql.export");
  CHECK(platform.last_download == "online_retail_small-query.csv");
  CHECK(platform.last_download_bytes == "sku\r\n71053\r\n85123A\r\n");
  h.click(app, "data.section.quality");
  CHECK(h.has(app, "data.quality.summary"));
  h.click(app, "data.section.rejected");
  CHECK(h.has(app, "load.count.Rejected"));
}

TEST_CASE("Data tab: the rejected rows are shown and downloaded from their section") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/malformed_rows.csv");
  h.click(app, "tab.data");
  h.click(app, "data.section.rejected");
  h.click(app, "load.show_rejected");
  CHECK(has(app.snapshot_json(), R"("shown":true)"));
  h.click(app, "load.download_rejected");
  CHECK(platform.last_download == "malformed_rows-rejected-rows.csv");
}

TEST_CASE("Geography: a country row filters every figure to it; the same click clears it") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.click(app, "tab.geography");
  CHECK(h.has(app, "chart.geo_map_chart"));
  h.click(app, "geo.country.France");
  h.frame(app);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("countries":["France"])"));
  CHECK(has(snap, R"("revenue":31.40)"));
  h.click(app, "geo.country.France");
  h.frame(app);
  snap = app.snapshot_json();
  CHECK(has(snap, R"("countries":[])"));
  CHECK(has(snap, R"("revenue":184.02)"));
  // On the map: a point inside France, then again.
  h.click(app, "geo.map.France");
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("countries":["France"])"));
  CHECK(has(app.snapshot_json(), R"("clicked":{"geo_map_chart")"));
  h.click(app, "geo.map.France");
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("countries":[])"));
}

TEST_CASE("Trends, Returns and Payments draw their panels and switches") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.click(app, "tab.trends");
  CHECK(has(app.snapshot_json(), R"("tab":"trends")"));
  h.click(app, "trends.grain.day");
  CHECK(h.has(app, "trends.ma7"));
  CHECK(h.has(app, "chart.trends_chart"));
  CHECK(h.has(app, "chart.weekday_hour"));
  h.click(app, "trends.grain.week");
  CHECK_FALSE(h.has(app, "trends.ma7"));  // averages belong to the daily series
  h.click(app, "tab.returns");
  CHECK(has(app.snapshot_json(), R"("tab":"returns")"));
  CHECK(h.has(app, "chart.returns_chart"));
  h.click(app, "tab.payments");
  CHECK(has(app.snapshot_json(), R"("tab":"payments")"));
  CHECK(h.has(app, "chart.payment_donut"));
}

namespace {

// The Share menu's masking switch.
void toggle_mask(Headless& h, App& app) {
  h.click(app, "header.share");
  h.click(app, "share.mask");
  h.settle(app);
}

// Runs in the console: the smallest customer id of the warehouse.
void first_customer_id(Headless& h, App& app) {
  h.click(app, "tab.data");
  write_sql(h, app, "SELECT customer_id FROM dim_customer WHERE customer_version_key > 0 ORDER BY customer_id LIMIT 1");
  h.click(app, "data.sql.run");
}

}  // namespace

// Masking on screen (issue 8): the console queries a masked copy, so no
// query reaches an input id; the rejected rows' raw text (any column of the
// input) is hidden in the table and in the download.
TEST_CASE("masking on: the SQL console sees tokens, not the input's customer ids") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  toggle_mask(h, app);
  REQUIRE(app.view().mask_pii);
  h.click(app, "tab.data");
  // The input's ids are 17850, 13047, 14527 and 12583: the first by id order is 12583.
  write_sql(h, app, "SELECT customer_id FROM dim_customer WHERE customer_version_key > 0 ORDER BY customer_id LIMIT 1");
  h.click(app, "data.sql.run");
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("columns":["customer_id"],"rows":[["c-)"));
  for (const char* id : {"17850", "13047", "14527", "12583"}) {
    write_sql(h, app, (std::string("SELECT count(*) AS n FROM fact_orders o JOIN dim_customer c USING (customer_key) WHERE c.customer_id = '") + id + "'").c_str());
    h.click(app, "data.sql.run");
    CHECK_MESSAGE(has(app.snapshot_json(), R"("columns":["n"],"rows":[["0"]])"), id);
  }
  // Masking off: the console is back on the warehouse itself.
  toggle_mask(h, app);
  REQUIRE_FALSE(app.view().mask_pii);
  first_customer_id(h, app);
  CHECK(has(app.snapshot_json(), R"("columns":["customer_id"],"rows":[["12583"]])"));
}

TEST_CASE("masking on: the rejected rows download without their raw text") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/malformed_rows.csv");
  toggle_mask(h, app);
  h.click(app, "tab.data");
  h.click(app, "data.section.rejected");
  h.click(app, "load.download_rejected");
  CHECK(platform.last_download == "malformed_rows-rejected-rows-masked.csv");
  const std::string& csv = platform.last_download_bytes;
  CHECK(csv.find("Too many") == std::string::npos);  // the raw text of line 3
  CHECK(csv.find("Bad qty") == std::string::npos);
  CHECK(csv.find(",(masked)\r\n") != std::string::npos);
}
