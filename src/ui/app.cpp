#include "ui/app.h"

#include <algorithm>

#include "core/format.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {
// Work per frame: loading gets most of a 30 fps frame (the user waits for
// it); SQLite, which nobody waits for, gets a slice that keeps 60 fps.
constexpr double kLoadBudgetMs = 24;
constexpr double kBackgroundBudgetMs = 8;
}  // namespace

App::App(PlatformServices& platform) : platform_(platform) {}

void App::open_files(std::vector<OwnedFile> files) {
  if (files.empty()) return;
  std::string title = files.size() == 1 ? files[0].name : std::to_string(files.size()) + " files";
  view_ = ViewState{};
  session_.load(std::move(files), title);
  report_valid_ = false;
  first_drawn_ = false;
}

void App::open_demo(int64_t lines, uint64_t seed) {
  DemoOptions o;
  o.lines = lines;
  o.seed = seed;
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{demo_file_name(o), FileBytes::from_string(generate_demo_csv(o))});
  open_files(std::move(files));
  view_.demo = true;
  view_.demo_lines = lines;
  view_.demo_seed = seed;
}

void App::set_filter(Filter filter) {
  view_.filter = std::move(filter);
  report_valid_ = false;
}

void App::refresh_report() {
  if (!session_.has_store()) return;
  if (report_valid_ && report_generation_ == session_.generation()) return;
  const double t0 = now_ms();
  report_ = compute_report(session_.store(), view_.filter);
  report_ms_ = now_ms() - t0;
  report_valid_ = true;
  report_generation_ = session_.generation();
}

void App::draw_header() {
  const Theme& t = theme();
  const float e = em();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  // The mark: three bars of a rising chart.
  const float s = 1.1f * e;
  for (int i = 0; i < 3; ++i) {
    float h = s * (0.45f + 0.275f * static_cast<float>(i));
    dl->AddRectFilled(ImVec2(p.x + static_cast<float>(i) * s * 0.38f, p.y + s - h + 0.15f * e),
                      ImVec2(p.x + static_cast<float>(i) * s * 0.38f + s * 0.28f, p.y + s + 0.15f * e), t.accent,
                      0.08f * e);
  }
  ImGui::Dummy(ImVec2(s * 1.2f, s));
  ImGui::SameLine();
  if (fonts().title) ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("starcart");
  if (fonts().title) ImGui::PopFont();
  if (session_.state() != Session::State::kEmpty) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(session_.title().c_str());
    ImGui::PopStyleColor();
    const char* label = "Open other files...";
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width(label));
    if (secondary_button(label)) platform_.open_file_dialog();
  }
  ImGui::Dummy(ImVec2(0, 0.2f * e));
}

void App::draw_status_bar() {
  const Theme& t = theme();
  const float e = em();
  const FactStore& s = session_.store();
  LoadCounts c = s.totals();
  std::string text = format_count(c.rows_read) + " rows read  ·  " + format_count(c.rows_loaded) + " loaded  ·  " +
                     format_count(c.rows_rejected) + " rejected  ·  " + format_count(c.duplicates) +
                     " duplicates  ·  " + format_count(s.excluded_lines) + " excluded  ·  loaded in " +
                     format_duration(session_.load_ms() / 1000.0);
  switch (session_.sql_state()) {
    case Session::SqlState::kBuilding:
      text += "  ·  SQLite tables: " + format_percent(session_.sql_progress().fraction(), 0);
      break;
    case Session::SqlState::kReady: text += "  ·  SQLite ready"; break;
    case Session::SqlState::kFailed: text += "  ·  SQLite failed: " + session_.error().message; break;
    case Session::SqlState::kIdle: break;
  }
  ImGui::SetCursorPosY(ImGui::GetWindowHeight() - 1.9f * e);
  if (fonts().small) ImGui::PushFont(fonts().small);
  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  if (fonts().small) ImGui::PopFont();
}

void App::draw_dashboard() {
  refresh_report();
  const float e = em();
  if (ImGui::BeginTabBar("tabs")) {
    if (ImGui::BeginTabItem("Overview")) {
      view_.tab = Tab::kOverview;
      ImGui::BeginChild("overview", ImVec2(0, ImGui::GetContentRegionAvail().y - 2.2f * e), ImGuiChildFlags_None,
                        ImGuiWindowFlags_NoBackground);
      overview_.draw(report_, session_.store().currency_symbol);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  draw_status_bar();
  if (!first_drawn_) {
    first_drawn_ = true;
    first_draw_ms_ = session_.elapsed_ms() > 0 ? session_.load_ms() : 0;
  }
}

void App::draw_error() {
  const float e = em();
  ImGui::Dummy(ImVec2(0, 2 * e));
  if (fonts().title) ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("The data could not be loaded");
  if (fonts().title) ImGui::PopFont();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 46 * e);
  ImGui::TextWrapped("%s", session_.error().to_string().c_str());
  ImGui::PopTextWrapPos();
  if (primary_button("Back to start")) session_.reset();
}

bool App::frame() {
  ++frames_;
  const double start = now_ms();
  bool busy = false;
  // Background work first, within a budget, so the frame stays responsive.
  if (session_.state() == Session::State::kLoading) busy = session_.step(kLoadBudgetMs);
  else if (session_.sql_state() == Session::SqlState::kBuilding && first_drawn_) busy = session_.step(kBackgroundBudgetMs);
  else if (session_.sql_state() == Session::SqlState::kBuilding) busy = true;  // first frame, then SQLite

  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("starcart", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoSavedSettings);
  draw_header();
  switch (session_.state()) {
    case Session::State::kEmpty:
      switch (start_.draw(dragging_)) {
        case StartAction::kOpenFiles: platform_.open_file_dialog(); break;
        case StartAction::kDemoSmall: open_demo(kDemoSmallLines, 42); busy = true; break;
        case StartAction::kDemoLarge: open_demo(kDemoLargeLines, 42); busy = true; break;
        case StartAction::kNone: break;
      }
      break;
    case Session::State::kLoading:
      if (loading_.draw(session_.title(), session_.progress(), session_.elapsed_ms())) session_.cancel();
      busy = true;
      break;
    case Session::State::kReady: draw_dashboard(); break;
    case Session::State::kFailed: draw_error(); break;
  }
  ImGui::End();
  (void)start;
  return busy;
}

}  // namespace starcart
