// The whole dashboard, drawn headless: ImGui with no renderer. Catches
// crashes and layout asserts in every screen under the sanitizers, checks
// that an idle dashboard asks for no frames, and walks the flows a user
// takes: demo, import with a mapping change, cancel, errors.
#include <doctest.h>

#include "headless.h"
#include "imgui_internal.h"  // GetFocusID: where Tab moved the keyboard
#include "support/test_data.h"

using namespace starcart;
using starcart::test::Headless;

namespace {

std::vector<OwnedFile> fixture(const std::string& relative, const std::string& name = "") {
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{name.empty() ? relative.substr(relative.rfind('/') + 1) : name,
                            FileBytes::from_string(test::read_data_file(relative))});
  return files;
}

bool has(const std::string& snap, const std::string& part) { return snap.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("start screen, demo load, dashboard, then idle") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  CHECK_FALSE(h.frame(app));  // the start screen alone needs no more frames
  CHECK(has(app.snapshot_json(), R"("screen":"start")"));
  app.open_demo(5000, 42);
  h.settle(app);
  CHECK(app.session().state() == Session::State::kReady);
  CHECK(app.session().sql_state() == Session::SqlState::kReady);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("screen":"dashboard")"));
  CHECK(has(snap, R"("rows_read":5000)"));
  CHECK(has(snap, R"("sqlite":{"state":"ready")"));
  CHECK_FALSE(h.frame(app));  // idle: no frame requested
  // Different window sizes must lay out without asserts.
  for (ImVec2 size : {ImVec2(1024, 700), ImVec2(2560, 1440), ImVec2(600, 400)}) {
    ImGui::GetIO().DisplaySize = size;
    h.frame(app);
  }
}

TEST_CASE("a file without the needed columns stops at the import screen with the reason") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"notes.csv", FileBytes::from_string("just,some\ntext,here\n")});
  app.open_files(std::move(files));
  h.settle(app);
  CHECK(app.screen() == Screen::kImport);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("ready":false)"));
  CHECK(has(snap, "notes.csv: choose a column for Order ID"));
  h.click(app, "import.build");  // disabled: nothing happens
  CHECK(app.screen() == Screen::kImport);
  h.click(app, "import.back");
  CHECK(app.screen() == Screen::kStart);
}

TEST_CASE("import: one click on Build loads the file as detected") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_files(fixture("csv/online_retail_small.csv"));
  h.settle(app);
  REQUIRE(app.screen() == Screen::kImport);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("layout":"UCI Online Retail")"));
  CHECK(has(snap, R"("delimiter":"comma")"));
  h.click(app, "import.build");
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
  snap = app.snapshot_json();
  CHECK(has(snap, R"("revenue":184.02)"));  // worked out in tests/analytics/kpis_test.cpp
  CHECK(has(snap, R"("customers":3)"));
  CHECK_FALSE(app.import_plan().has_value());  // the bytes were let go
}

TEST_CASE("import: unmapping the customer column makes every line a guest line") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_files(fixture("csv/online_retail_small.csv"));
  h.settle(app);
  // Through the UI: open the combo of CustomerID, pick "Not used".
  h.click(app, "import.role.CustomerID");
  h.click(app, "import.role.CustomerID.option.none");
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("name":"CustomerID","role":"")"));
  CHECK(has(snap, R"("edited":true)"));
  h.click(app, "import.build");
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
  snap = app.snapshot_json();
  CHECK(has(snap, R"("revenue":184.02)"));  // the same sales
  CHECK(has(snap, R"("customers":0)"));     // but no customer is known
}

TEST_CASE("cancel during the load returns to the import screen, then back to start") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  // Big enough that loading takes many frames: the fixture's rows 20,000 times.
  const std::string small = test::read_data_file("csv/online_retail_small.csv");
  const size_t body = small.find('\n') + 1;
  std::string big = small.substr(0, body);
  for (int i = 0; i < 20000; ++i) big.append(small, body, std::string::npos);
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"big.csv", FileBytes::from_string(std::move(big))});
  app.open_files(std::move(files));
  app.set_work_budget(0.5, 0.5);  // a slow machine: the load takes many frames
  h.frame(app);
  h.click(app, "import.build");
  REQUIRE(app.screen() == Screen::kLoading);
  h.frame(app);
  REQUIRE(h.has(app, "loading.cancel"));
  h.click(app, "loading.cancel");
  CHECK(app.screen() == Screen::kImport);
  CHECK(app.session().state() == Session::State::kEmpty);
  // The session held the bytes while loading; the plan has them back, so
  // Build works again and reads the whole file.
  REQUIRE(app.import_plan().has_value());
  CHECK(app.import_plan()->files[0].file.bytes.size() > 20000 * 100);
  app.set_work_budget(1000, 1000);
  h.click(app, "import.build");
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
  CHECK_FALSE(app.import_plan().has_value());  // the facts hold everything now
}

TEST_CASE("fixtures with other encodings and dialects load through the import screen") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_files(fixture("csv/day_first_semicolon.csv"));
  h.frame(app);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("delimiter":"semicolon")"));
  CHECK(has(snap, R"("decimal":",")"));
  h.click(app, "import.build");
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
  snap = app.snapshot_json();
  // 2 x 3,50 + 1 x 12,00 + 4 x 3,50 = 33.00; dates are day first (13.12.2010).
  CHECK(has(snap, R"("revenue":33.00)"));
  CHECK(has(snap, "dates read as D/M/Y"));

  app.open_files(fixture("csv/latin1_pound_sign.csv"));
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("encoding":"Windows-1252")"));
  h.click(app, "import.build");
  h.settle(app);
  // 1 x 18.00 + 2 x 12.75 = 43.50
  CHECK(has(app.snapshot_json(), R"("revenue":43.50)"));
}

TEST_CASE("Tab moves the keyboard focus through the import screen's widgets") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_files(fixture("csv/online_retail_small.csv"));
  h.frame(app);
  ImGuiID seen[4] = {};
  for (ImGuiID& id : seen) {
    h.key(app, ImGuiKey_Tab);
    id = ImGui::GetFocusID();
  }
  CHECK(seen[0] != 0);
  CHECK(seen[1] != seen[0]);  // every Tab lands on another widget
  CHECK(seen[2] != seen[1]);
  CHECK(seen[3] != seen[2]);
}

TEST_CASE("a file with a header and no rows gives a dashboard of empty states") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"header_only.csv", FileBytes::from_string(
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n")});
  app.open_files(std::move(files));
  h.frame(app);
  REQUIRE(app.screen() == Screen::kImport);
  h.click(app, "import.build");
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("rows_read":0)"));
  CHECK(has(snap, R"("monthly":[])"));
  // The trend draws its empty state; every figure is zero; hovering is harmless.
  CHECK(h.has(app, "chart.trend_chart"));
  for (float y = 20; y < 800; y += 60) h.move(app, ImVec2(640, y));
  h.click(app, "tab.import");
  CHECK(has(app.snapshot_json(), R"("tab":"import")"));
}
