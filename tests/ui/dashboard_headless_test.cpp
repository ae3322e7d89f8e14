// The dashboard's interactions, headless, through the same widgets a user
// clicks: the filter bar's drop-downs and chips, Escape, cross-filtering
// from the trend chart, the Import tab's rejected rows and their CSV, the
// theme switch. Expected figures come from the analytics on the same filter
// (the report is the CLI's) or by hand from the fixtures.
#include <doctest.h>

#include "analytics/report.h"
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
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
}

}  // namespace

TEST_CASE("the country drop-down filters every figure; the chip and Escape clear it") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.click(app, "filter.countries");
  REQUIRE(h.has(app, "filter.countries.option.France"));
  h.click(app, "filter.countries.option.France");
  h.key(app, ImGuiKey_Escape);  // closes the drop-down only
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("countries":["France"])"));
  CHECK(has(snap, R"("revenue":31.40)"));  // 25.50 + 5.90, by hand in kpis_test.cpp
  CHECK(has(snap, R"("key":"countries:France")"));
  h.click(app, "chip.countries:France");
  snap = app.snapshot_json();
  CHECK(has(snap, R"("revenue":184.02)"));
  CHECK(has(snap, R"("chips":[])"));
  // Again, then Escape with no popup open clears every filter.
  h.click(app, "filter.countries");
  h.click(app, "filter.countries.option.France");
  h.key(app, ImGuiKey_Escape);
  CHECK(has(app.snapshot_json(), R"("countries":["France"])"));
  h.key(app, ImGuiKey_Escape);
  CHECK(has(app.snapshot_json(), R"("countries":[])"));
}

TEST_CASE("the search field narrows the values; '/' focuses it") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_demo(3000, 3);
  h.settle(app);
  h.click(app, "filter.countries");
  CHECK(h.has(app, "filter.countries.option.United Kingdom"));
  h.type(app, "germ");  // the search field has the keyboard when the drop-down opens
  h.frame(app);
  CHECK(h.has(app, "filter.countries.option.Germany"));
  CHECK_FALSE(h.has(app, "filter.countries.option.United Kingdom"));
}

TEST_CASE("period presets and a custom range") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.click(app, "filter.period");
  h.click(app, "filter.period.last30");
  std::string snap = app.snapshot_json();
  // The data ends on 2011-02-01: the 30 days are 2011-01-03 .. 2011-02-01.
  CHECK(has(snap, R"("from":"2011-01-03","to":"2011-02-01")"));
  CHECK(has(snap, R"("label":"Last 30 days")"));
  // 2011-01-05 (34.80), 2011-01-17 (5.90), 2011-02-01 (17.00) = 57.70
  CHECK(has(snap, R"("revenue":57.70)"));
  h.click(app, "chip.date");
  CHECK(has(app.snapshot_json(), R"("from":null,"to":null)"));
}

TEST_CASE("a click on a month of the trend filters to that month; again clears it") {
  Headless h(ImVec2(1280, 900));
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/online_retail_small.csv");
  h.frame(app);
  REQUIRE(h.has(app, "chart.trend_chart"));
  // Three months (Dec 2010, Jan, Feb 2011); click the middle of the first third.
  const auto& r = app.probe().items().at("chart.trend_chart");
  const ImVec2 first(r.x + r.w * 0.22f, r.y + r.h * 0.6f);
  h.click_at(app, first);
  h.frame(app);
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("from":"2010-12-01","to":"2010-12-31")"));
  CHECK(has(snap, R"("date_preset":"month")"));
  // December: 15.30 + 20.34 + 11.10 + 54.08 + 25.50 = 126.32
  CHECK(has(snap, R"("revenue":126.32)"));
  h.click_at(app, first);
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("from":null,"to":null)"));
}

TEST_CASE("the Import tab: decisions, rejected rows shown and downloaded as CSV") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  load(h, app, "csv/malformed_rows.csv");
  h.click(app, "status.rejected");
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("tab":"import")"));
  h.click(app, "load.show_rejected");
  std::string snap = app.snapshot_json();
  CHECK(has(snap, R"("shown":true)"));
  CHECK(has(snap, R"("count":4)"));  // lines 3, 4, 5 and 6 of malformed_rows.csv
  h.click(app, "load.download_rejected");
  CHECK(platform.last_download == "malformed_rows-rejected-rows.csv");
  const std::string& csv = platform.last_download_bytes;
  CHECK(csv.rfind("file,line,column,column_name,code,reason,raw\r\n", 0) == 0);
  CHECK(has(csv, "malformed_rows.csv,4,4,Quantity,bad_number,"));
  CHECK(has(csv, "\"1002,A2,Too many,1,2011-01-03 10:00:00,1.00,1,UK,extra\""));
  // '/' focuses the search; typing narrows the table.
  h.key(app, ImGuiKey_Slash);
  h.type(app, "qty");
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("listed":1)"));
}

TEST_CASE("the theme switch and every screen at several sizes and pixel ratios") {
  for (float ratio : {1.0f, 2.0f, 3.0f}) {
    Headless h(ImVec2(1024, 700), ratio);
    NullPlatformServices platform;
    App app(platform);
    app.open_demo(2000, 7);
    h.settle(app);
    h.click(app, "header.theme");
    h.frame(app);
    CHECK(has(app.snapshot_json(), R"("theme":"dark")"));
    for (ImVec2 size : {ImVec2(1024, 768), ImVec2(1920, 1080), ImVec2(2560, 1440), ImVec2(640, 480)}) {
      ImGui::GetIO().DisplaySize = size;
      h.frame(app);
      // Sweep the mouse over the page: every hover path and tooltip runs.
      for (float y = 10; y < size.y; y += size.y / 9)
        for (float x = 10; x < size.x; x += size.x / 9) h.move(app, ImVec2(x, y));
    }
  }
}

TEST_CASE("the chart gallery: every chart, its empty and loading states, hover and clicks") {
  Headless h(ImVec2(1600, 2600));
  NullPlatformServices platform;
  App app(platform);
  app.show_gallery(true);
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("screen":"gallery")"));
  for (bool dark : {false, true}) {
    app.set_dark(dark);
    for (ImVec2 size : {ImVec2(1024, 2600), ImVec2(1600, 2600), ImVec2(2560, 2200), ImVec2(700, 3000)}) {
      ImGui::GetIO().DisplaySize = size;
      h.frame(app);
      for (float y = 5; y < size.y; y += 37)
        for (float x = 5; x < size.x; x += size.x / 23) h.move(app, ImVec2(x, y));
    }
  }
  // Hover reports reach the probe: the map shows a country under the mouse.
  ImGui::GetIO().DisplaySize = ImVec2(1600, 2600);
  h.frame(app);
  REQUIRE(h.has(app, "chart.g_map_chart"));
  const auto& m = app.probe().items().at("chart.g_map_chart");
  // Siberia (90 E, 60 N) in a 1540 x 313 map canvas: deep inland.
  const ImVec2 siberia(m.x + m.w * 0.582f, m.y + m.h * 0.12f);
  h.move(app, siberia);
  CHECK(app.probe().hovered("g_map_chart") >= 0);
  h.click_at(app, siberia);
  CHECK(has(app.snapshot_json(), R"("clicked":{"g_map_chart":)"));
}

TEST_CASE("the Overview trend under a segment filter is the segment's, not the shop's") {
  // The trend shows every month of the filter without its date range; a
  // segment is in it (its customers' months), whether or not dates are set.
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  app.open_demo(3000, 3);
  h.settle(app);
  const FactStore& s = app.session().store();
  const FactIndex x = build_fact_index(s);
  auto series_of = [&](const Filter& f) { return monthly_series(x, make_slice(x, f).lines); };
  auto revenues = [](const std::vector<MonthPoint>& v) {
    std::vector<Money> r;
    for (const MonthPoint& p : v) r.push_back(p.revenue);
    return r;
  };
  Filter champions;
  champions.segments = {"Champions"};
  app.set_filter(champions);
  h.frame(app);
  CHECK(revenues(app.overview_trend()) == revenues(series_of(champions)));
  CHECK(revenues(app.overview_trend()) != revenues(series_of(Filter{})));
  // With a date range: the months of the customers who are Champions in
  // the range (those the figures count), over all the months.
  Filter dated = champions;
  dated.from = month_first_day(month_index(s.last_day) - 2);
  app.set_filter(dated);
  h.frame(app);
  const Slice in_range = make_slice(x, dated);
  std::vector<uint8_t> kept(s.customers.size(), 0);
  for (uint32_t i : in_range.lines.lines) kept[s.customer[i]] = 1;
  Selection theirs;
  for (uint32_t i : select_lines(s, Filter{}).lines)
    if (kept[s.customer[i]]) theirs.lines.push_back(i);
  const std::vector<MonthPoint> trend = app.overview_trend();
  CHECK(revenues(trend) == revenues(monthly_series(x, theirs)));
  // Its last three months are the range's own figures.
  const std::vector<MonthPoint> range = monthly_series(x, in_range.lines);
  REQUIRE(range.size() == 3);
  REQUIRE(trend.size() >= 3);
  for (size_t k = 0; k < 3; ++k) CHECK(trend[trend.size() - 3 + k].revenue == range[k].revenue);
}
