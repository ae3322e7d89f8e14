// The dashboard application: owns the session (data and background jobs),
// the import plan, the view state and the panels, and draws one frame at a
// time. The platform (src/platform/web) feeds it input and files and calls
// frame().
//
// Screens: start -> import (files dropped or picked) -> loading ->
// dashboard; the demo skips the import; Cancel returns to the import (or the
// start); a failed load shows the error with a way back.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analytics/analyzer.h"
#include "analytics/report.h"
#include "ingest/demo_shop.h"
#include "ui/charts/geo/world_geometry.h"
#include "ui/filter_facets.h"
#include "ui/import_plan.h"
#include "ui/panels/chart_gallery.h"
#include "ui/panels/cohorts_tab.h"
#include "ui/panels/compare_tab.h"
#include "ui/panels/customers_tab.h"
#include "ui/panels/products_tab.h"
#include "ui/panels/filter_bar.h"
#include "ui/panels/import_screen.h"
#include "ui/panels/load_report_panel.h"
#include "ui/panels/loading_panel.h"
#include "ui/panels/overview_tab.h"
#include "ui/panels/share_menu.h"
#include "ui/panels/start_screen.h"
#include "ui/panels/data_tab.h"
#include "ui/panels/geography_tab.h"
#include "ui/panels/marketing_tab.h"
#include "ui/panels/operations_tab.h"
#include "ui/panels/payments_tab.h"
#include "ui/panels/basket_card.h"
#include "ui/panels/predict_tab.h"
#include "ui/panels/returns_tab.h"
#include "ui/panels/trends_tab.h"
#include "ui/platform_services.h"
#include "ui/probe.h"
#include "ui/session.h"
#include "ui/view_link.h"
#include "ui/view_state.h"

namespace starcart {

enum class Screen { kStart, kImport, kLoading, kDashboard, kError, kGallery };
const char* screen_name(Screen s);  // "start", "import", ...

class App {
 public:
  explicit App(PlatformServices& platform);

  // Files dropped or picked: inspected and shown on the import screen.
  void open_files(std::vector<OwnedFile> files);
  void open_demo(int64_t lines, uint64_t seed);
  void set_dragging(bool dragging) { dragging_ = dragging; }
  void show_gallery(bool on) { view_.gallery = on; }
  void set_dark(bool dark) { pending_dark_ = dark; }
  // A static file the platform fetched for us (PlatformServices::fetch_asset):
  // its bytes, or the reason there are none in `error`.
  void asset_arrived(const std::string& name, std::string_view bytes, const std::string& error);
  // Milliseconds of loading and of background work (SQLite) per frame.
  void set_work_budget(double load_ms, double background_ms) {
    load_budget_ms_ = load_ms;
    background_budget_ms_ = background_ms;
  }
  // Applies a filter to the view (the path the filter controls take); the
  // next frame recomputes the figures. Also the page's scripted filter hook.
  void set_filter(Filter filter);

  // Draws one frame (between ImGui::NewFrame and ImGui::Render). Returns true
  // when another frame is needed soon (jobs running); false when idle.
  bool frame();

  // What is on screen, as JSON: the report of the current view plus the
  // view's state (window.starcart in the page).
  std::string snapshot_json() const;
  // The Overview trend's monthly series: the filter without its date range.
  const std::vector<MonthPoint>& overview_trend() const { return context_; }

  // --- share links, exports, report (issue 8) ---
  // Opens a link's hash (ui/view_link.h): the demo it names at once; for own
  // data, the view waits until files with its fingerprint are loaded.
  // Also back/forward (the page calls it on popstate).
  void open_link(const std::string& hash);
  // The current view as a hash ("" while there is nothing to link to).
  std::string link() const;
  // What the page says about a link (not applied, other files...); "" if nothing.
  const std::string& link_notice() const { return link_notice_; }
  const std::string& fingerprint() const { return fingerprint_; }
  // A message across the top (memory refusals, updates); closed by the user.
  void show_notice(std::string text) { link_notice_ = std::move(text); }
  // The build's version ("0.1.0+1a2b3c4d"), shown on the start screen and in the Share menu.
  void set_version(std::string v) { version_ = std::move(v); }
  const std::string& version() const { return version_; }
  // The saved workspace (web/glue.js, IndexedDB): whether the browser can
  // keep one and whether the dataset on screen is the one kept.
  void set_workspace(bool available, bool remembered) { workspace_ = available, remembered_ = remembered; }
  // Builds the files on the import screen as detected (a saved workspace reopening).
  // Builds the files opened by the page (the saved workspace), with the
  // import choices stored with them (ui/import_choices.h; "" = as detected).
  void build_imported(const std::string& choices = "");
  // The import choices of the data on screen ("" for the demo or none made).
  const std::string& import_choices() const { return import_choices_; }
  // The report of the current view (valid on the dashboard).
  const Report& report() const { return report_; }

  Screen screen() const;
  const Session& session() const { return session_; }
  const ViewState& view() const { return view_; }
  ViewState& view() { return view_; }
  const std::optional<ImportPlan>& import_plan() const { return import_; }
  std::optional<ImportPlan>& import_plan() { return import_; }
  const UiProbe& probe() const { return probe_; }
  uint64_t frames() const { return frames_; }

 private:
  void refresh_report();
  void apply_link(const ViewLink& link);
  void settle_link();  // a dataset became ready: apply or refuse the pending link
  void handle_share(const ShareRequest& request);
  ShareContext share_context();
  std::string download_base() const;  // "shop" for shop.csv: the start of every download's name
  void build_from_import();
  void cancel_load();
  void reclaim_import_files();  // Cancel or a failed load: the plan takes its unread files back
  void handle_shortcuts();
  void draw_header();
  void draw_dashboard();
  void draw_status_bar();
  void draw_error();
  const charts::geo::WorldGeometry* world();
  // Per-tab figures (issue 7): a filter change computes only what the
  // visible tab shows; window.starcart computes the full report when read.
  void compute_tab(Tab tab);
  void refresh_context();
  void download_rejected_rows();
  Database* console_database();
  // Draws the tab item; when selected, begins its child and returns true.
  // `loading`: the tab's figures are not computed yet (big data: the first
  // frame shows the loading state, the next computes them).
  bool draw_tab(const char* label, const char* id, Tab tab, float height, bool& loading);

  PlatformServices& platform_;
  Session session_;
  ViewState view_;
  std::optional<ImportPlan> import_;
  std::string import_choices_;  // of the last build from the import screen
  bool import_visible_ = false;
  bool dragging_ = false;
  std::optional<bool> pending_dark_;
  // Work per frame: loading gets most of a 30 fps frame (the user waits for
  // it); SQLite, which nobody waits for, gets a slice that keeps 60 fps.
  double load_budget_ms_ = 24, background_budget_ms_ = 8;

  // Figures for the current filter, recomputed only when it or the data change.
  std::unique_ptr<Analyzer> analyzer_;  // one per loaded store: builds the index once
  // The full report of the current filter (window.starcart, exports): computed
  // on first use after a filter change, reusing the visible tab's sections.
  const Report& full_report() const;
  mutable Report report_;               // the full report, computed lazily for window.starcart
  mutable bool snapshot_report_valid_ = false;
  uint32_t computed_tabs_ = 0;          // bit per Tab: its sections are computed for this filter
  uint32_t loading_shown_ = 0;          // bit per Tab: its loading state was drawn (big data, first show)
  bool tab_pending_ = false;            // a tab showed its loading state: compute it next frame
  uint64_t figures_version_ = 0;        // changes with every recompute (panels cache on it)
  bool report_valid_ = false;
  uint64_t report_generation_ = 0;
  Filter report_filter_, context_filter_;
  std::vector<MonthPoint> context_;  // monthly series without the date range
  bool context_valid_ = false;
  Facets facets_;
  bool filter_changed_ = false;

  // Keyboard.
  bool popup_open_ = false;  // last frame: Escape then closes the popup, not the filters
  bool focus_search_ = false;
  std::optional<Tab> tab_request_;

  // Timings (milliseconds) for window.starcart and the frame-time figures.
  uint64_t frames_ = 0;
  double frame_ms_ = 0, report_ms_ = 0, filter_frame_ms_ = 0;
  double insights_ms_ = 0;              // the last computation of the Overview's insights
  double first_draw_ms_ = 0;
  bool first_drawn_ = false;
  bool recomputed_ = false;

  // Share links: a link waiting for its data, what the page says about it.
  std::optional<ViewLink> pending_link_;
  std::string link_notice_, fingerprint_, version_;
  ShareMenu share_menu_;
  std::string flash_;          // "Link copied", shown beside the Share button for a moment
  double flash_until_ = 0;
  std::string pending_png_;    // a card to capture once the menu is gone from the screen
  int png_frames_ = 0;
  std::vector<UiProbe::Card> last_cards_;  // the previous frame's cards (the header draws before them)
  std::vector<std::string> warehouse_tables_;  // listed once SQLite is ready
  uint64_t mask_key_ = 0;
  std::optional<Database> masked_db_;  // the Data tab's warehouse while masking is on
  uint64_t masked_generation_ = 0;
  bool workspace_ = false, remembered_ = false;      // the keyed hash of masked ids (core/pii.h): random per page

  UiProbe probe_;
  std::unique_ptr<charts::geo::WorldGeometry> world_;
  std::string world_error_;
  // State maps (issue 11): shapes fetched from the platform when the
  // Geography tab first needs a country's map (app_data_tabs.cpp).
  struct StateShapes {
    bool requested = false;
    std::unique_ptr<charts::geo::MapGeometry> shapes;
    std::string error;
  };
  std::map<std::string, StateShapes> state_shapes_;  // by asset name ("states-us.bin")
  StateMapView state_map_view(const StateMap& m);

  StartScreen start_;
  ImportScreen import_screen_;
  LoadingPanel loading_;
  FilterBar filter_bar_;
  OverviewTab overview_;
  // Issue 11: the Compare tab, the Overview's insights (computed a frame after
  // a filter change on big data, so they never add to the filter's frame).
  CompareTab compare_;
  const Insights* overview_insights();
  // The Products tab's "Bought together"; null in the frame that recomputed
  // the tab on big data (it comes in the next one).
  const basket::Basket* products_basket();
  bool defer_slow_parts() const;
  const char* predict_model_step();
  void apply_insight(const Insight& insight);
  void draw_compare_tab(float content_h);
  CustomersTab customers_;
  CohortsTab cohorts_;
  ProductsTab products_;
  LoadReportPanel load_report_;
  ChartGallery gallery_;
  // Geography, Trends, Returns, Payments and Data tabs (issue 7).
  void draw_data_tabs(float content_h);
  GeographyTab geography_;
  TrendsTab trends_;
  ReturnsTab returns_;
  PaymentsTab payments_;
  OperationsTab operations_;
  DataTab data_;
  // Predict and Marketing tabs (issue 10): app_model_tabs.cpp.
  void draw_model_tabs(float content_h);
  bool fit_clv_step();
  bool clv_fitted_ = false;  // the fit of this filter has ended (snapshot refreshed)
  PredictTab predict_;
  MarketingTab marketing_;
};

}  // namespace starcart
