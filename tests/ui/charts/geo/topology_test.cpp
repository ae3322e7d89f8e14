// TopoJSON decoding, from a topology built by hand with the same varint
// encoding scripts/gen/world_map.py writes.
#include <doctest.h>

#include <cstring>
#include <string>

#include "ui/charts/geo/topology.h"

using namespace starcart::charts::geo;

namespace {

struct Writer {
  std::string out = std::string("SCWM\x01", 5);
  void varint(uint64_t n) {
    do {
      unsigned char b = n & 0x7F;
      n >>= 7;
      out.push_back(static_cast<char>(n ? b | 0x80 : b));
    } while (n);
  }
  void zigzag(int64_t n) { varint(n >= 0 ? static_cast<uint64_t>(n) << 1 : (static_cast<uint64_t>(-n) << 1) - 1); }
  void f64(double d) {
    char b[8];
    std::memcpy(b, &d, 8);
    out.append(b, 8);
  }
};

// Two unit-ish squares side by side sharing the arc x = 10:
//   arc 0: (10,0) (10,10)            the shared border
//   arc 1: (10,10) (0,10) (0,0) (10,0)  the left square's other sides
//   arc 2: (10,0) (20,0) (20,10) (10,10) the right square's other sides
// Left = [0, 1] reaches (10,0)->(10,10)->(0,10)->(0,0); right = [2, ~0].
std::string two_squares() {
  Writer w;
  w.f64(0.5);   // scale x: quantized units are half degrees
  w.f64(1.0);
  w.f64(-5.0);  // translate x
  w.f64(0.0);
  w.varint(3);
  auto arc = [&](std::initializer_list<std::pair<int, int>> pts) {
    w.varint(pts.size());
    int px = 0, py = 0;
    for (auto [x, y] : pts) {  // degrees -> quantized -> deltas
      const int qx = (x + 5) * 2, qy = y;
      w.zigzag(qx - px);
      w.zigzag(qy - py);
      px = qx;
      py = qy;
    }
  };
  arc({{10, 0}, {10, 10}});
  arc({{10, 10}, {0, 10}, {0, 0}, {10, 0}});
  arc({{10, 0}, {20, 0}, {20, 10}, {10, 10}});
  w.varint(2);
  auto country = [&](int id, const std::string& name, std::initializer_list<int> refs) {
    w.zigzag(id);
    w.varint(name.size());
    w.out += name;
    w.varint(1);  // polygons
    w.varint(1);  // rings
    w.varint(refs.size());
    for (int r : refs) w.zigzag(r);
  };
  country(1, "Left", {0, 1});
  country(-1, "Right", {2, ~0});
  return w.out;
}

}  // namespace

TEST_CASE("stitching arcs drops shared and closing points; ~i runs backwards") {
  std::vector<std::vector<Point>> arcs = {{{0, 0}, {1, 0}, {1, 1}}, {{1, 1}, {0, 1}, {0, 0}}, {{0, 0}, {0, 1}, {1, 1}}};
  Ring a = stitch_ring(arcs, {0, 1});
  REQUIRE(a.size() == 4);
  CHECK(a[3].x == 0);
  CHECK(a[3].y == 1);
  Ring b = stitch_ring(arcs, {0, ~2});  // arc 2 reversed is arc 1
  REQUIRE(b.size() == 4);
  for (size_t i = 0; i < 4; ++i) CHECK((a[i].x == b[i].x && a[i].y == b[i].y));
}

TEST_CASE("a hand-made topology decodes to two squares sharing a border") {
  auto f = decode_topology(two_squares());
  REQUIRE(f.ok());
  REQUIRE(f->size() == 2);
  const Feature& left = (*f)[0];
  CHECK(left.numeric == 1);
  CHECK(left.name == "Left");
  REQUIRE(left.polygons.size() == 1);
  const Ring& l = left.polygons[0].outer;
  REQUIRE(l.size() == 4);
  CHECK(l[0].x == doctest::Approx(10));  // quantized 30 * 0.5 - 5
  CHECK(l[2].x == doctest::Approx(0));
  CHECK(l[2].y == doctest::Approx(10));
  const Ring& r = (*f)[1].polygons[0].outer;
  CHECK((*f)[1].numeric == -1);
  REQUIRE(r.size() == 4);
  CHECK(r[1].x == doctest::Approx(20));
  CHECK(r[3].x == doctest::Approx(10));  // the shared border walked backwards: (10,10) then (10,0)
  CHECK(r[3].y == doctest::Approx(10));
}

TEST_CASE("a damaged topology is an error, not a crash") {
  std::string bytes = two_squares();
  CHECK_FALSE(decode_topology(bytes.substr(0, bytes.size() - 3)).ok());
  CHECK_FALSE(decode_topology("nonsense").ok());
  bytes[4] = 9;  // unknown version
  CHECK_FALSE(decode_topology(bytes).ok());
}
