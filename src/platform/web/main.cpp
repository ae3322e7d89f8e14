// The page's entry point. Checklist of what this platform layer does:
//  - WebGL2 context on #canvas, ImGui with its OpenGL3 (ES3) renderer
//  - canvas backing store sized to CSS size x devicePixelRatio; fonts rebuilt
//    when the ratio changes (browser zoom, moving to another screen)
//  - draws only on demand: input, running jobs or a resize request a frame
//    through requestAnimationFrame; an idle page costs no CPU (DESIGN 10)
//  - functions exported to web/glue.js: files, demo, snapshot (web_exports.cpp)
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // the input queue: events ImGui trickles over several frames
#include "platform/web/web_app.h"
#include "platform/web/web_input.h"
#include "platform/web/web_services.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace starcart::web {

namespace {

WebServices g_services;
App* g_app = nullptr;
bool g_frame_requested = false;
int g_extra_frames = 0;  // frames still to draw after an event (hover, animations settle)
double g_last_time = 0;
float g_ratio = 0;
int g_fb_w = 0, g_fb_h = 0;

EM_BOOL on_animation_frame(double time, void*);

// The address follows the view (share links, back/forward): glue.js pushes
// a history entry when the link changes.
std::string g_link;
EM_JS(void, js_set_link, (const char* hash), { Module.starcartGlue.setLink(UTF8ToString(hash)); });
void sync_link() {
  std::string l = g_app->link();
  if (l == g_link) return;
  g_link = std::move(l);
  if (!g_link.empty()) js_set_link(g_link.c_str());
}

void request_frame() {
  if (g_frame_requested) return;
  g_frame_requested = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void sync_canvas_size(ImGuiIO& io) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (ratio <= 0) ratio = 1;
  if (ratio != g_ratio) {
    g_ratio = ratio;
    build_fonts(ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    apply_theme(theme().dark ? dark_theme() : light_theme());
  }
  int fb_w = static_cast<int>(std::lround(css_w * ratio));
  int fb_h = static_cast<int>(std::lround(css_h * ratio));
  if (fb_w != g_fb_w || fb_h != g_fb_h) {
    g_fb_w = fb_w;
    g_fb_h = fb_h;
    emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);
  }
  io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
  io.DisplayFramebufferScale = ImVec2(ratio, ratio);
}

EM_BOOL on_animation_frame(double time, void*) {
  g_frame_requested = false;
  ImGuiIO& io = ImGui::GetIO();
  sync_canvas_size(io);
  io.DeltaTime = g_last_time > 0 ? static_cast<float>(std::max(0.001, (time - g_last_time) / 1000.0)) : 1.0f / 60.0f;
  g_last_time = time;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  bool busy = g_app->frame();
  ImGui::Render();
  sync_link();
  update_mouse_cursor();
  glViewport(0, 0, g_fb_w, g_fb_h);
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(theme().background);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  // ImGui hands queued key events out one per frame (trickling): a burst of
  // typing followed by Ctrl+Enter needs as many frames as it has key events.
  if (busy || GImGui->InputEventsQueue.Size > 0) g_extra_frames = 2;
  if (busy || g_extra_frames-- > 0) request_frame();
  else g_last_time = 0;  // the next frame after idle must not see a huge delta
  return EM_FALSE;
}

}  // namespace

void wake() {
  g_extra_frames = 3;  // ImGui settles hover and click states over a few frames
  request_frame();
}

App& app() { return *g_app; }

}  // namespace starcart::web

int main() {
  using namespace starcart;
  using namespace starcart::web;
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own geometry
  attrs.preserveDrawingBuffer = EM_TRUE;  // the canvas stays readable for PNG export
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
  if (ctx <= 0) {
    EM_ASM({ Module.starcartGlue.fatal("WebGL 2 is not available in this browser, so the dashboard cannot be drawn."); });
    return 1;
  }
  emscripten_webgl_make_context_current(ctx);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini in a browser tab
  io.BackendPlatformName = "starcart_web";
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplOpenGL3_Init("#version 300 es");
  apply_theme(light_theme());
  g_app = new App(g_services);
  install_input_callbacks(&wake);
  EM_ASM({ Module.starcartGlue.ready(); });
  wake();
  return 0;
}
