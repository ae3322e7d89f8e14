// The dashboard application: owns the session (data and background jobs),
// the view state and the panels, and draws one frame at a time. The platform
// (src/platform/web) feeds it input and files and calls frame().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analytics/report.h"
#include "ingest/demo_shop.h"
#include "ui/panels/loading_panel.h"
#include "ui/panels/overview_tab.h"
#include "ui/panels/start_screen.h"
#include "ui/platform_services.h"
#include "ui/session.h"
#include "ui/view_state.h"

namespace starcart {

class App {
 public:
  explicit App(PlatformServices& platform);

  void open_files(std::vector<OwnedFile> files);
  void open_demo(int64_t lines, uint64_t seed);
  void set_dragging(bool dragging) { dragging_ = dragging; }
  // Applies a filter to the view (the path the filter controls take); the
  // next frame recomputes the report. Also the page's scripted filter hook.
  void set_filter(Filter filter);

  // Draws one frame (between ImGui::NewFrame and ImGui::Render). Returns true
  // when another frame is needed soon (jobs running); false when idle.
  bool frame();

  // What is on screen, as JSON: the report of the current view plus the
  // view's state (window.starcart in the page; docs/snapshot.md).
  std::string snapshot_json() const;

  const Session& session() const { return session_; }
  const ViewState& view() const { return view_; }
  uint64_t frames() const { return frames_; }

 private:
  void refresh_report();
  void draw_header();
  void draw_dashboard();
  void draw_status_bar();
  void draw_error();

  PlatformServices& platform_;
  Session session_;
  ViewState view_;
  Report report_;
  bool report_valid_ = false;
  uint64_t report_generation_ = 0;
  double report_ms_ = 0;  // how long the last compute_report took
  bool dragging_ = false;
  uint64_t frames_ = 0;
  double first_draw_ms_ = 0;   // load start to the first dashboard frame
  bool first_drawn_ = false;

  StartScreen start_;
  LoadingPanel loading_;
  OverviewTab overview_;
};

}  // namespace starcart
