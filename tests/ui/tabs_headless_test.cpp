// The Customers, Cohorts and Products tabs and the Overview's bottom row,
// headless, through the widgets a user clicks: tab switches, cross-filter
// clicks on a segment bubble, a segment row, a cohort cell and a category
// bar, the product search under '/'. Expected figures: the report the
// analytics compute for the same filter from scratch (compute_report, the
// CLI's path), compared as JSON.
#include <doctest.h>

#include "analytics/report.h"
#include "core/json_writer.h"
#include "headless.h"

using namespace starcart;
using starcart::test::Headless;

namespace {

bool has(const std::string& snap, const std::string& part) { return snap.find(part) != std::string::npos; }

// The report fields of the page snapshot must equal the CLI's report for the filter.
void same_report(App& app, const Filter& f) {
  JsonWriter w;
  w.begin_object();
  ReportOptions options;
  options.predictive = false;  // the page's snapshot leaves the model fits to their tab
  write_report_fields(w, compute_report(app.session().store(), f, options));
  w.end_object();
  std::string expected = w.take();
  expected = expected.substr(1, expected.size() - 2);  // the fields, without braces
  CHECK(has(app.snapshot_json(), expected));
}

void demo(Headless& h, App& app) {
  app.open_demo(6000, 11);
  h.settle(app);
  REQUIRE(app.screen() == Screen::kDashboard);
}

void show(Headless& h, App& app, const char* tab) {
  h.click(app, std::string("tab.") + tab);
  h.settle(app);
  REQUIRE(has(app.snapshot_json(), std::string(R"("tab":")") + tab + "\""));
}

}  // namespace

TEST_CASE("each tab draws its charts and tables") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  demo(h, app);
  for (const char* key : {"chart.top_categories_chart", "chart.payment_mix_chart", "chart.top_countries_chart"})
    CHECK_MESSAGE(h.has(app, key), key);
  show(h, app, "customers");
  for (const char* key : {"chart.rfm_scatter", "chart.new_returning_chart", "customers.log_axes"}) CHECK_MESSAGE(h.has(app, key), key);
  show(h, app, "cohorts");
  for (const char* key : {"chart.cohort_heatmap", "chart.retention_curve_chart", "cohorts.measure.revenue"})
    CHECK_MESSAGE(h.has(app, key), key);
  show(h, app, "products");
  for (const char* key : {"products.search", "products.table", "chart.category_bars_chart", "chart.abc_pareto_chart"})
    CHECK_MESSAGE(h.has(app, key), key);
}

namespace {
// The probe key of a segment bubble on the Customers tab ("" when none is drawn).
std::string some_bubble(const App& app) {
  std::string key;
  for (const auto& [k, r] : app.probe().items())
    if (k.rfind("customers.bubble.", 0) == 0) key = k;
  return key;
}
}  // namespace

TEST_CASE("a click on a segment bubble filters every figure to the segment; again clears it") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  demo(h, app);
  show(h, app, "customers");
  const std::string key = some_bubble(app);
  REQUIRE(!key.empty());
  const std::optional<Segment> seg = parse_segment(key.substr(std::string("customers.bubble.").size()));
  REQUIRE(seg);
  h.click(app, key);
  h.settle(app);
  Filter f;
  f.segments = {segment_name(*seg)};
  CHECK(app.view().filter == f);
  same_report(app, f);
  h.click(app, "customers.segment." + std::string(segment_key(*seg)));  // the row toggles it off
  h.settle(app);
  CHECK(app.view().filter.segments.empty());
}

TEST_CASE("a click on a cohort cell filters to the cohort; Escape clears it") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  demo(h, app);
  show(h, app, "cohorts");
  const auto& r = app.probe().items().at("chart.cohort_heatmap");
  h.click_at(app, ImVec2(r.x + r.w * 0.25f, r.y + r.h * 0.3f));
  h.settle(app);
  REQUIRE(app.view().filter.cohort.has_value());
  Filter f;
  f.cohort = app.view().filter.cohort;
  same_report(app, f);
  h.key(app, ImGuiKey_Escape);
  h.settle(app);
  CHECK(app.view().filter.empty());
}

TEST_CASE("'/' focuses the product search") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  demo(h, app);
  show(h, app, "products");
  h.move(app, ImVec2(2, 2));
  h.key(app, ImGuiKey_Slash);
  h.frame(app);
  CHECK(has(app.snapshot_json(), R"("text_input":true)"));
}

TEST_CASE("a bubble's tooltip names its customer; with masking on, by the customer's token") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  demo(h, app);
  show(h, app, "customers");
  const std::string key = some_bubble(app);
  REQUIRE(!key.empty());
  const ImVec2 at = h.center(app, key);
  h.move(app, at);
  const std::string plain = app.probe().tooltip();
  REQUIRE(plain.rfind("Customer ", 0) == 0);
  const std::string id = plain.substr(9);
  CHECK(id.find_first_not_of("0123456789") == std::string::npos);  // the demo's ids are numbers
  h.click(app, "header.share");
  h.click(app, "share.mask");
  h.settle(app);
  REQUIRE(app.view().mask_pii);
  h.move(app, ImVec2(1, 1));
  h.move(app, at);
  const std::string masked = app.probe().tooltip();
  CHECK(masked.rfind("Customer c-", 0) == 0);
  CHECK(masked.size() == std::string("Customer c-").size() + 12);
  CHECK(masked.find(id) == std::string::npos);
}

// The products table at 60 % of a 1,280 px page cut names to some 13 em
// beside the category and the share; at 1,024 px (64 %) to ten letters. It
// gives up the share at 1,280 px and the category too at 1,024 px (both in
// the name's tooltip), and names of up to 24 capitals read whole at both.
TEST_CASE("the products table gives the product names their room") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  demo(h, app);
  show(h, app, "products");
  const std::pair<ImVec2, std::string> sizes[] = {{ImVec2(1280, 800), "no share"},
                                                   {ImVec2(1024, 768), "no share, no category"}};
  for (const auto& size_columns : sizes) {
    const ImVec2 size = size_columns.first;
    const std::string& columns = size_columns.second;
    CAPTURE(size.x);
    ImGui::GetIO().DisplaySize = size;
    h.settle(app);
    const auto& texts = app.probe().texts();
    REQUIRE(texts.count("products.columns"));
    CHECK(texts.at("products.columns") == columns);
    int names = 0;
    for (const auto& [key, drawn] : texts) {
      if (key.rfind("products.name.", 0) != 0) continue;
      const std::string name = key.substr(std::string("products.name.").size());
      ++names;
      if (name.size() <= 24) CHECK_MESSAGE(drawn == name, name);
    }
    CHECK(names >= 8);
  }
}
