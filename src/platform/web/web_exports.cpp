// Functions web/glue.js calls. Files arrive in three calls so several files
// dropped together load as one dataset; each buffer was malloc'ed by JS and
// is owned by the engine from then on.
#include <emscripten.h>

#include <string>
#include <vector>

#include "platform/web/web_app.h"
#include "platform/web/web_input.h"

namespace {
std::vector<starcart::OwnedFile> g_incoming;
std::string g_snapshot;  // kept alive until the next call
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void sc_begin_files() { g_incoming.clear(); }

EMSCRIPTEN_KEEPALIVE void sc_add_file(const char* name, char* data, int size) {
  g_incoming.push_back({name, starcart::FileBytes::adopt_malloc(data, static_cast<size_t>(size))});
}

EMSCRIPTEN_KEEPALIVE void sc_end_files() {
  starcart::web::app().open_files(std::move(g_incoming));
  g_incoming.clear();
  starcart::web::wake();
}

EMSCRIPTEN_KEEPALIVE void sc_open_demo(int lines, int seed) {
  starcart::web::app().open_demo(lines, static_cast<uint64_t>(seed));
  starcart::web::wake();
}

EMSCRIPTEN_KEEPALIVE void sc_set_dragging(int dragging) {
  starcart::web::app().set_dragging(dragging != 0);
  starcart::web::wake();
}

EMSCRIPTEN_KEEPALIVE void sc_wake() { starcart::web::wake(); }

// #gallery: the chart kit's gallery instead of data.
EMSCRIPTEN_KEEPALIVE void sc_show_gallery(int on) {
  starcart::web::app().show_gallery(on != 0);
  starcart::web::wake();
}

EMSCRIPTEN_KEEPALIVE void sc_set_dark(int dark) {
  starcart::web::app().set_dark(dark != 0);
  starcart::web::wake();
}

// Text from the browser's paste event, for the text field that has the keyboard.
EMSCRIPTEN_KEEPALIVE void sc_paste(const char* text) {
  starcart::web::paste_text(text);
  starcart::web::wake();
}

EMSCRIPTEN_KEEPALIVE const char* sc_snapshot() {
  g_snapshot = starcart::web::app().snapshot_json();
  return g_snapshot.c_str();
}

}  // extern "C"
