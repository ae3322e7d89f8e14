// What the UI asks of the platform it runs on (browser or a test harness):
// file pickers, downloads, the clipboard, the URL. The UI never includes
// <emscripten.h>; the web platform implements this interface.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace starcart {

class PlatformServices {
 public:
  virtual ~PlatformServices() = default;
  // Opens the browser's file picker; chosen files arrive through App::open_files.
  virtual void open_file_dialog() = 0;
  // Offers bytes as a download with this file name and MIME type.
  virtual void download(const std::string& name, std::string_view bytes, const std::string& mime) = 0;
  virtual void copy_to_clipboard(const std::string& text) = 0;
  // Share and export (issue 8). A screen rectangle (CSS pixels) as a PNG at
  // the screen's pixel ratio, captured once the current frame is drawn.
  virtual void download_screen_png(const std::string& name, float x, float y, float w, float h) {}
  // The page's address with this hash (a share link) to the clipboard.
  virtual void copy_link(const std::string& hash) { copy_to_clipboard(hash); }
  // Keeps (or deletes) the dataset on screen and its view in the browser.
  virtual void remember_dataset(bool on) {}
  // A static file shipped beside the page but not in it (a state map's
  // shapes, issue 11: assets/states-us.bin). Asynchronous: the bytes, or why
  // there are none, come back through App::asset_arrived(). A platform that
  // cannot fetch answers nothing (the Geography tab keeps its table).
  virtual void fetch_asset(const std::string& name) {}
};

// For tests and headless runs: records requests, does nothing else.
class NullPlatformServices : public PlatformServices {
 public:
  void open_file_dialog() override { ++file_dialogs; }
  void download(const std::string& name, std::string_view bytes, const std::string& mime) override {
    last_download = name;
    last_download_bytes = std::string(bytes);
    (void)mime;
  }
  void copy_to_clipboard(const std::string& text) override { clipboard = text; }
  void download_screen_png(const std::string& name, float, float, float, float) override { last_png = name; }
  void fetch_asset(const std::string& name) override { fetched_assets.push_back(name); }
  int file_dialogs = 0;
  std::vector<std::string> fetched_assets;
  std::string last_download, last_download_bytes, clipboard, last_png;
};

}  // namespace starcart
