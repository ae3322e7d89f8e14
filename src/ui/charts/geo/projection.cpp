#include "ui/charts/geo/projection.h"

#include <cmath>

namespace starcart::charts::geo {

Point natural_earth(double lon_deg, double lat_deg) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double l = lon_deg * kRad, p = lat_deg * kRad;
  const double p2 = p * p, p4 = p2 * p2;
  // Savric, Jenny, Patterson, Petrovic, Hurni (2011), equations (1) and (2).
  const double x = l * (0.870700 - 0.131979 * p2 - 0.013791 * p4 + 0.003971 * p4 * p4 * p2 - 0.001529 * p4 * p4 * p4);
  const double y = p * (1.007226 + 0.015085 * p2 - 0.044475 * p4 * p2 + 0.028874 * p4 * p4 - 0.005916 * p4 * p4 * p2);
  return {x, y};
}

}  // namespace starcart::charts::geo
