// The chart kit's gallery (#gallery): every chart type with sample values,
// in the current theme, including the empty and loading states. A developer
// view: it shows what the kit draws at this pixel ratio (screenshots at 1x,
// 2x and 3x are taken of it) and how clicks report items. No shop data.
#pragma once

#include "ui/charts/geo/world_geometry.h"

namespace starcart {

class ChartGallery {
 public:
  void draw(const charts::geo::WorldGeometry* world, bool dark);

 private:
  int selected_bar_ = -1;
  int selected_slice_ = -1;
  int selected_cell_ = -1;
  int selected_country_ = -1;
  bool log_axes_ = true;
};

}  // namespace starcart
