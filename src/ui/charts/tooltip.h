// Chart tooltips: a title and aligned "name  value" rows, with a colour
// swatch per row when given; a row without a name is a muted note.
#pragma once

#include <string>
#include <vector>

#include "ui/charts/palette.h"

namespace starcart::charts {

struct TooltipRow {
  std::string name;
  std::string value;
  Rgba swatch = 0;  // 0: none
};

void chart_tooltip(const std::string& title, const std::vector<TooltipRow>& rows);

}  // namespace starcart::charts
