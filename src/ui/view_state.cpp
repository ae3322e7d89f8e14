#include "ui/view_state.h"

namespace starcart {

const char* tab_key(Tab tab) {
  switch (tab) {
    case Tab::kOverview: return "overview";
    case Tab::kImport: return "import";
    case Tab::kPredict: return "predict";
  }
  return "overview";
}

}  // namespace starcart
