// The Natural Earth projection (Tom Patterson, Bojan Savric et al., 2011): a
// compromise projection with rounded corners that world choropleths commonly
// use. Polynomial in latitude, so forward projection is cheap and exact.
// Pure and unit-tested.
#pragma once

#include "ui/charts/geo/topology.h"

namespace starcart::charts::geo {

// Longitude and latitude in degrees to projected units (radians scale):
// x in about [-2.74, 2.74], y in about [-1.42, 1.42], y grows northwards.
Point natural_earth(double lon_deg, double lat_deg);

}  // namespace starcart::charts::geo
