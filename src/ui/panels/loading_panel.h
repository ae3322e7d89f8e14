// The load in progress: a progress bar with MB/s, rows, time left and Cancel.
#pragma once

#include <string>

#include "core/job.h"

namespace starcart {

class LoadingPanel {
 public:
  // Returns true when the user pressed Cancel.
  bool draw(const std::string& title, const Progress& progress, double elapsed_ms);
};

}  // namespace starcart
