// Donut and pie geometry: slice angles from values and the slice under a
// point. Angles are radians in screen space (y grows downwards), starting at
// 12 o'clock and running clockwise. Pure and unit-tested.
#pragma once

#include <vector>

namespace starcart::charts {

inline constexpr double kPi = 3.14159265358979323846;

struct Slice {
  double a0 = 0, a1 = 0;  // start and end angle; a1 - a0 = share * 2 pi
  double share = 0;       // of the positive total
};

// One slice per value; values <= 0 (or not finite) get an empty slice.
std::vector<Slice> donut_slices(const std::vector<double>& values, double start = -kPi / 2);

// The slice under (dx, dy), measured from the centre, within the ring
// [r_inner, r_outer]; -1 outside.
int donut_hit(const std::vector<Slice>& slices, double dx, double dy, double r_inner, double r_outer);

// Number of segments for an arc of `angle` radians at radius r pixels so
// that the chord error stays under a quarter pixel.
int arc_segments(double angle, double radius);

}  // namespace starcart::charts
