#include <doctest.h>

#include "ui/charts/geo/projection.h"

using namespace starcart::charts::geo;

TEST_CASE("Natural Earth: the published polynomials at known points") {
  // Hand-evaluated with the coefficients of Savric et al. (2011):
  // x(180, 0) = pi * 0.8707; y(0, 90) = pi/2 * (1.007226 + 0.015085 p^2 - ...).
  CHECK(natural_earth(0, 0).x == doctest::Approx(0));
  CHECK(natural_earth(180, 0).x == doctest::Approx(2.7353847));
  CHECK(natural_earth(0, 90).y == doctest::Approx(1.4223905));
  Point p = natural_earth(30, 45);
  CHECK(p.x == doctest::Approx(0.4106646));
  CHECK(p.y == doctest::Approx(0.7930514));
  Point q = natural_earth(-30, -45);
  CHECK(q.x == doctest::Approx(-p.x));
  CHECK(q.y == doctest::Approx(-p.y));
}
