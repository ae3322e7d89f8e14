// PlatformServices in the browser: calls into web/glue.js.
#pragma once

#include "ui/platform_services.h"

namespace starcart::web {

class WebServices : public PlatformServices {
 public:
  void open_file_dialog() override;
  void download(const std::string& name, std::string_view bytes, const std::string& mime) override;
  void copy_to_clipboard(const std::string& text) override;
};

}  // namespace starcart::web
