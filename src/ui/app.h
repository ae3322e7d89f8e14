// The dashboard application: owns the session (data and background jobs),
// the import plan, the view state and the panels, and draws one frame at a
// time. The platform (src/platform/web) feeds it input and files and calls
// frame().
//
// Screens: start -> import (files dropped or picked) -> loading ->
// dashboard; the demo skips the import; Cancel returns to the import (or the
// start); a failed load shows the error with a way back.
#pragma once

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
#include "ui/panels/filter_bar.h"
#include "ui/panels/import_screen.h"
#include "ui/panels/load_report_panel.h"
#include "ui/panels/loading_panel.h"
#include "ui/panels/overview_tab.h"
#include "ui/panels/start_screen.h"
#include "ui/platform_services.h"
#include "ui/probe.h"
#include "ui/session.h"
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
  void build_from_import();
  void cancel_load();
  void handle_shortcuts();
  void draw_header();
  void draw_dashboard();
  void draw_status_bar();
  void draw_error();
  const charts::geo::WorldGeometry* world();

  PlatformServices& platform_;
  Session session_;
  ViewState view_;
  std::optional<ImportPlan> import_;
  bool import_visible_ = false;
  bool dragging_ = false;
  std::optional<bool> pending_dark_;
  // Work per frame: loading gets most of a 30 fps frame (the user waits for
  // it); SQLite, which nobody waits for, gets a slice that keeps 60 fps.
  double load_budget_ms_ = 24, background_budget_ms_ = 8;

  // Figures for the current filter, recomputed only when it or the data change.
  std::unique_ptr<Analyzer> analyzer_;  // one per loaded store: builds the index once
  Report report_;
  bool report_valid_ = false;
  uint64_t report_generation_ = 0;
  Filter report_filter_, context_filter_;
  std::vector<MonthPoint> context_;  // monthly series without the date range
  Facets facets_;
  bool filter_changed_ = false;

  // Keyboard.
  bool popup_open_ = false;  // last frame: Escape then closes the popup, not the filters
  bool focus_search_ = false;
  std::optional<Tab> tab_request_;

  // Timings (milliseconds) for window.starcart and the frame-time figures.
  uint64_t frames_ = 0;
  double frame_ms_ = 0, report_ms_ = 0, filter_frame_ms_ = 0;
  double first_draw_ms_ = 0;
  bool first_drawn_ = false;
  bool recomputed_ = false;

  UiProbe probe_;
  std::unique_ptr<charts::geo::WorldGeometry> world_;
  std::string world_error_;

  StartScreen start_;
  ImportScreen import_screen_;
  LoadingPanel loading_;
  FilterBar filter_bar_;
  OverviewTab overview_;
  LoadReportPanel load_report_;
  ChartGallery gallery_;
};

}  // namespace starcart
