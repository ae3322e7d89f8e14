// PlatformServices in the browser: calls into web/glue.js.
#pragma once

#include "ui/platform_services.h"

namespace starcart::web {

class WebServices : public PlatformServices {
 public:
  void open_file_dialog() override;
  void download(const std::string& name, std::string_view bytes, const std::string& mime) override;
  void copy_to_clipboard(const std::string& text) override;
  void download_screen_png(const std::string& name, float x, float y, float w, float h) override;
  void copy_link(const std::string& hash) override;
  void remember_dataset(bool on) override;
  void fetch_asset(const std::string& name) override;
};

}  // namespace starcart::web
