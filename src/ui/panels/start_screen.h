// The first screen: a drop zone with an "Open files" button, the demo shop
// in two sizes, what data is supported, and the privacy promise.
#pragma once

#include <cstdint>

namespace starcart {

enum class StartAction { kNone, kOpenFiles, kDemoSmall, kDemoLarge };

class StartScreen {
 public:
  // `dragging`: files are being dragged over the page (highlights the zone).
  StartAction draw(bool dragging);
};

inline constexpr int64_t kDemoSmallLines = 50000;
inline constexpr int64_t kDemoLargeLines = 1000000;

}  // namespace starcart
