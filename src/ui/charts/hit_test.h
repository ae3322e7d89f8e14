// Hit-testing helpers shared by the item renderers (STYLE 12): the renderer
// inverts the mouse position through the same axis that drew the item, then
// asks one of these. Pure and unit-tested.
#pragma once

#include <vector>

namespace starcart::charts {

// Index of the value nearest to x in an ascending vector (binary search);
// -1 when empty. Ties go to the lower index.
int nearest_sorted(const std::vector<double>& sorted, double x);

// The band holding x when n bands of equal width start at x0; -1 outside.
int band_index(double x, double x0, double band_width, int n);

// The point (px[i], py[i]) with radius r[i] (or `radius` when r is empty)
// that contains (x, y) plus `slack`, preferring the last drawn (topmost),
// then the nearest centre; -1 when none.
int hit_point(const std::vector<float>& px, const std::vector<float>& py, const std::vector<float>& r, float radius,
              float x, float y, float slack);

// Even-odd rule over closed rings given as flat x,y arrays (holes are rings
// too): true when (x, y) is inside.
bool point_in_rings(const std::vector<std::vector<double>>& rings, double x, double y);

}  // namespace starcart::charts
