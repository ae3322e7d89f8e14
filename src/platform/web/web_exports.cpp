// Functions web/glue.js calls. Files arrive in three calls so several files
// dropped together load as one dataset; each buffer was malloc'ed by JS and
// is owned by the engine from then on.
#include <emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <climits>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/rfm.h"
#include "platform/web/web_app.h"
#include "platform/web/web_input.h"
#include "ui/memory_budget.h"

namespace {
std::vector<starcart::OwnedFile> g_incoming;
std::string g_snapshot;  // kept alive until the next call
std::string g_filter_error;
std::string g_refusal;

// "France\nGermany" -> {"France", "Germany"}; empty text -> no values.
std::vector<std::string> split_lines(const char* text) {
  std::vector<std::string> out;
  std::string_view s = text ? text : "";
  while (!s.empty()) {
    size_t nl = s.find('\n');
    std::string_view item = s.substr(0, nl);
    if (!item.empty()) out.emplace_back(item);
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  return out;
}
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

// A static file fetched for the app (PlatformServices::fetch_asset): its
// bytes (malloc'ed by JS, freed by JS after this call) or an error text.
EMSCRIPTEN_KEEPALIVE void sc_asset(const char* name, const char* data, int size, const char* error) {
  starcart::web::app().asset_arrived(name, std::string_view(data, static_cast<size_t>(size > 0 ? size : 0)), error);
  starcart::web::wake();
}

// Text from the browser's paste event, for the text field that has the keyboard.
EMSCRIPTEN_KEEPALIVE void sc_paste(const char* text) {
  starcart::web::paste_text(text);
  starcart::web::wake();
}

// Scripted filter change (window.starcartControl.setFilter; benchmarks and
// tests): the same App::set_filter the filter controls use, no coordinates.
// Days are day numbers (INT_MIN: no bound); lists are '\n'-separated names.
// Returns "" when applied, else why not (nothing is changed then).
EMSCRIPTEN_KEEPALIVE const char* sc_test_set_filter(int from_day, int to_day, const char* countries,
                                                    const char* categories, const char* segments) {
  g_filter_error.clear();
  starcart::Filter f;
  if (from_day != INT_MIN) f.from = from_day;
  if (to_day != INT_MIN) f.to = to_day;
  f.countries = split_lines(countries);
  f.categories = split_lines(categories);
  for (const std::string& s : split_lines(segments)) {
    if (!starcart::parse_segment(s)) {  // an unknown name must not be silently ignored
      g_filter_error = "no RFM segment is called '" + s + "'";
      return g_filter_error.c_str();
    }
    f.segments.push_back(s);
  }
  starcart::web::app().set_filter(std::move(f));
  starcart::web::wake();
  return g_filter_error.c_str();
}

// Before files are copied in: "" when `bytes` of input fit in what the heap
// can still grow to, else the message (ui/memory_budget.h).
EMSCRIPTEN_KEEPALIVE const char* sc_check_load(double bytes) {
  // mallinfo's fields are int: past 2 GB in use, read them as unsigned.
  const auto used = static_cast<int64_t>(static_cast<unsigned>(mallinfo().uordblks));
  g_refusal = starcart::check_load_fits(static_cast<int64_t>(bytes), used,
                                        static_cast<int64_t>(emscripten_get_heap_max()));
  return g_refusal.c_str();
}

// Bytes malloc has handed out and not had back: memory by phase in the
// benchmarks (the wasm memory itself only grows, so it shows the peak only).
EMSCRIPTEN_KEEPALIVE double sc_heap_in_use() {
  return static_cast<double>(static_cast<unsigned>(mallinfo().uordblks));
}

// A message across the top of the page (memory, updates).
EMSCRIPTEN_KEEPALIVE void sc_notice(const char* text) {
  starcart::web::app().show_notice(text ? text : "");
  starcart::web::wake();
}

EMSCRIPTEN_KEEPALIVE void sc_set_version(const char* version) {
  starcart::web::app().set_version(version ? version : "");
  starcart::web::wake();
}

// The saved workspace's state (glue.js, IndexedDB), and reopening it.
EMSCRIPTEN_KEEPALIVE void sc_set_workspace(int available, int remembered) {
  starcart::web::app().set_workspace(available != 0, remembered != 0);
  starcart::web::wake();
}
// `choices`: the import choices stored with the files (ui/import_choices.h).
EMSCRIPTEN_KEEPALIVE void sc_build_imported(const char* choices) {
  starcart::web::app().build_imported(choices ? choices : "");
  starcart::web::wake();
}
EMSCRIPTEN_KEEPALIVE const char* sc_import_choices() {
  g_snapshot = starcart::web::app().import_choices();
  return g_snapshot.c_str();
}

// A share link's hash (#demo&..., #data=...): at boot, on back/forward and
// when the user edits the address (ui/view_link.h).
EMSCRIPTEN_KEEPALIVE void sc_open_link(const char* hash) {
  starcart::web::app().open_link(hash ? hash : "");
  starcart::web::wake();
}

EMSCRIPTEN_KEEPALIVE const char* sc_snapshot() {
  g_snapshot = starcart::web::app().snapshot_json();
  return g_snapshot.c_str();
}

}  // extern "C"
