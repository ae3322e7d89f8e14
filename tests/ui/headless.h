// Drawing the whole UI without a GPU: an ImGui context with the real fonts
// and theme, frames run through App::frame() and rendered to draw lists
// that nobody rasterises. Input goes through ImGui's IO like the browser's,
// and widgets are found by the keys the UI probe records (window.starcart.ui
// in the page), so tests click what a user would click.
#pragma once

#include <doctest.h>

#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace starcart::test {

struct Headless {
  explicit Headless(ImVec2 size = ImVec2(1280, 800), float ratio = 2.0f) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    build_fonts(ratio);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
    apply_theme(light_theme());
  }
  ~Headless() { ImGui::DestroyContext(); }
  Headless(const Headless&) = delete;
  Headless& operator=(const Headless&) = delete;

  bool frame(App& app) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    bool busy = app.frame();
    ImGui::Render();
    return busy;
  }
  // Frames until the app asks for none (bounded).
  int settle(App& app, int max_frames = 200000) {
    int n = 0;
    while (frame(app) && n < max_frames) ++n;
    frame(app);
    return n;
  }
  void move(App& app, ImVec2 p) {
    ImGui::GetIO().AddMousePosEvent(p.x, p.y);
    frame(app);
  }
  void click_at(App& app, ImVec2 p) {
    move(app, p);
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    frame(app);
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    frame(app);
    frame(app);  // popups appear hidden for a frame while they size themselves
  }
  bool has(const App& app, const std::string& key) const { return app.probe().items().count(key) > 0; }
  ImVec2 center(const App& app, const std::string& key) const {
    auto it = app.probe().items().find(key);
    REQUIRE_MESSAGE(it != app.probe().items().end(), "no widget '" << key << "' on screen");
    return ImVec2(it->second.x + it->second.w * 0.5f, it->second.y + it->second.h * 0.5f);
  }
  // Clicks a widget by its probe key (drawn in the last frame).
  void click(App& app, const std::string& key) { click_at(app, center(app, key)); }
  void key(App& app, ImGuiKey k) {
    ImGui::GetIO().AddKeyEvent(k, true);
    frame(app);
    ImGui::GetIO().AddKeyEvent(k, false);
    frame(app);
  }
  void type(App& app, const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    frame(app);
  }
};

}  // namespace starcart::test
