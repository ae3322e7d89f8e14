// The whole dashboard, drawn headless: ImGui with no renderer. Catches
// crashes and layout asserts in every panel under the sanitizers, and checks
// that an idle dashboard asks for no frames.
#include <doctest.h>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/theme.h"

using namespace starcart;

namespace {

struct Headless {
  Headless() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    build_fonts(2.0f);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
    apply_theme(light_theme());
  }
  ~Headless() { ImGui::DestroyContext(); }
  bool frame(App& app) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    bool busy = app.frame();
    ImGui::Render();
    return busy;
  }
};

}  // namespace

TEST_CASE("start screen, demo load, dashboard, then idle") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  CHECK_FALSE(h.frame(app));  // the start screen alone needs no more frames
  CHECK(app.snapshot_json().find(R"("screen":"start")") != std::string::npos);
  app.open_demo(5000, 42);
  int frames = 0;
  while (h.frame(app) && frames < 100000) ++frames;
  CHECK(app.session().state() == Session::State::kReady);
  CHECK(app.session().sql_state() == Session::SqlState::kReady);
  std::string snap = app.snapshot_json();
  CHECK(snap.find(R"("screen":"dashboard")") != std::string::npos);
  CHECK(snap.find(R"("rows_read":5000)") != std::string::npos);
  CHECK(snap.find(R"("sqlite":{"state":"ready")") != std::string::npos);
  CHECK_FALSE(h.frame(app));  // idle: no frame requested
  // Different window sizes must lay out without asserts.
  for (ImVec2 size : {ImVec2(1024, 700), ImVec2(2560, 1440), ImVec2(600, 400)}) {
    ImGui::GetIO().DisplaySize = size;
    h.frame(app);
  }
}

TEST_CASE("a file that cannot load shows the error screen") {
  Headless h;
  NullPlatformServices platform;
  App app(platform);
  std::vector<OwnedFile> files;
  files.push_back(OwnedFile{"notes.csv", FileBytes::from_string("just,some\ntext,here\n")});
  app.open_files(std::move(files));
  for (int i = 0; i < 100 && h.frame(app); ++i) {}
  CHECK(app.session().state() == Session::State::kFailed);
  std::string snap = app.snapshot_json();
  CHECK(snap.find(R"("screen":"error")") != std::string::npos);
  CHECK(snap.find(R"("code":"missing_role")") != std::string::npos);
  h.frame(app);
}
