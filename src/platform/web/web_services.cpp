#include "platform/web/web_services.h"

#include <emscripten.h>

namespace starcart::web {

// The JS side lives in web/glue.js (Module.starcartGlue).
EM_JS(void, js_open_file_dialog, (), { Module.starcartGlue.openFileDialog(); });
EM_JS(void, js_download, (const char* name, const char* data, int size, const char* mime), {
  Module.starcartGlue.download(UTF8ToString(name), HEAPU8.slice(data, data + size), UTF8ToString(mime));
});
EM_JS(void, js_copy, (const char* text), { Module.starcartGlue.copyText(UTF8ToString(text)); });

EM_JS(void, js_screen_png, (const char* name, float x, float y, float w, float h), {
  Module.starcartGlue.screenPng(UTF8ToString(name), x, y, w, h);
});
EM_JS(void, js_copy_link, (const char* hash), { Module.starcartGlue.copyLink(UTF8ToString(hash)); });

void WebServices::download_screen_png(const std::string& name, float x, float y, float w, float h) {
  js_screen_png(name.c_str(), x, y, w, h);
}
void WebServices::copy_link(const std::string& hash) { js_copy_link(hash.c_str()); }
EM_JS(void, js_remember, (int on), { Module.starcartGlue.remember(!!on); });
void WebServices::remember_dataset(bool on) { js_remember(on ? 1 : 0); }

// The bytes come back through sc_asset (web_exports.cpp).
EM_JS(void, js_fetch_asset, (const char* name), { Module.starcartGlue.fetchAsset(UTF8ToString(name)); });
void WebServices::fetch_asset(const std::string& name) { js_fetch_asset(name.c_str()); }

void WebServices::open_file_dialog() { js_open_file_dialog(); }

void WebServices::download(const std::string& name, std::string_view bytes, const std::string& mime) {
  js_download(name.c_str(), bytes.data(), static_cast<int>(bytes.size()), mime.c_str());
}

void WebServices::copy_to_clipboard(const std::string& text) { js_copy(text.c_str()); }

}  // namespace starcart::web
