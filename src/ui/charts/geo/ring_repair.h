// Cleaning rings before they are triangulated, in longitude/latitude:
//  1. rings that cross the antimeridian (a step of more than 180 degrees of
//     longitude: Russia's Chukotka, Fiji, Antarctica) are unwrapped, closed
//     over the pole when they go around it, and cut at +-180 into rings that
//     stay on one side, so a flat projection draws no line across the world;
//  2. small self-crossing loops left by simplification (a spike whose two
//     edges cross, as on Sudan's border in the 1:110m data) are cut off at
//     the crossing point.
// Pure and unit-tested.
#pragma once

#include <vector>

#include "ui/charts/geo/topology.h"

namespace starcart::charts::geo {

// Pieces of a ring that each lie within [-180, 180]; the ring itself when it
// does not cross the antimeridian.
std::vector<Ring> split_at_antimeridian(const Ring& ring);

// The part of a ring on one side of the vertical line x = x0 (Sutherland-
// Hodgman): keep_left keeps x <= x0.
Ring clip_at_x(const Ring& ring, double x0, bool keep_left);

// Removes loops between crossing edges, the shorter side of each crossing
// (at most `max_loop` vertices), replacing them by the crossing point.
// Returns the number of loops removed.
int remove_self_crossings(Ring& ring, int max_loop = 8);

}  // namespace starcart::charts::geo
