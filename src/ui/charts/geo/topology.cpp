#include "ui/charts/geo/topology.h"

#include <cstdint>
#include <cstring>

namespace starcart::charts::geo {

namespace {

// Reads the varint stream; any overrun sets `bad` and yields zeros, so the
// decoder checks once per record instead of after every number.
class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= b_.size()) {
        bad = true;
        return 0;
      }
      const auto byte = static_cast<uint8_t>(b_[pos_++]);
      v |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return v;
    }
    bad = true;
    return 0;
  }
  int64_t zigzag() {
    const uint64_t v = varint();
    return (v & 1) ? -static_cast<int64_t>(v >> 1) - 1 : static_cast<int64_t>(v >> 1);
  }
  double f64() {
    double d = 0;
    if (pos_ + 8 > b_.size()) {
      bad = true;
      return 0;
    }
    std::memcpy(&d, b_.data() + pos_, 8);  // little endian, as wasm and x86
    pos_ += 8;
    return d;
  }
  std::string_view bytes(size_t n) {
    if (pos_ + n > b_.size()) {
      bad = true;
      return {};
    }
    std::string_view s = b_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // A count that cannot exceed the bytes left (each element takes one byte at least).
  size_t count() {
    const uint64_t n = varint();
    if (n > b_.size() - pos_) bad = true;
    return bad ? 0 : static_cast<size_t>(n);
  }
  bool bad = false;

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

Error corrupt(const char* what) {
  return make_error(ErrorCode::kBadValue, std::string("the map asset is damaged: ") + what);
}

}  // namespace

Ring stitch_ring(const std::vector<std::vector<Point>>& arcs, const std::vector<int>& refs) {
  Ring ring;
  for (int ref : refs) {
    const bool reversed = ref < 0;
    const size_t index = static_cast<size_t>(reversed ? ~ref : ref);
    if (index >= arcs.size()) continue;
    const std::vector<Point>& arc = arcs[index];
    const size_t n = arc.size();
    for (size_t k = 0; k < n; ++k) {
      if (k == 0 && !ring.empty()) continue;  // shared with the previous arc's end
      ring.push_back(arc[reversed ? n - 1 - k : k]);
    }
  }
  if (ring.size() > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y) ring.pop_back();
  return ring;
}

Result<std::vector<Feature>> decode_topology(std::string_view bytes) {
  if (bytes.size() < 5 + 32 || bytes.substr(0, 4) != "SCWM" || bytes[4] != 1) return corrupt("unknown header");
  Reader r(bytes.substr(5));
  const double sx = r.f64(), sy = r.f64(), tx = r.f64(), ty = r.f64();
  std::vector<std::vector<Point>> arcs(r.count());
  for (auto& arc : arcs) {
    arc.resize(r.count());
    int64_t x = 0, y = 0;  // quantized, delta-encoded
    for (Point& p : arc) {
      x += r.zigzag();
      y += r.zigzag();
      p = {static_cast<double>(x) * sx + tx, static_cast<double>(y) * sy + ty};
    }
    if (r.bad) return corrupt("arcs");
  }
  std::vector<Feature> features(r.count());
  for (Feature& f : features) {
    f.numeric = static_cast<int>(r.zigzag());
    f.name = std::string(r.bytes(r.count()));
    f.polygons.resize(r.count());
    for (Polygon& poly : f.polygons) {
      const size_t rings = r.count();
      for (size_t k = 0; k < rings && !r.bad; ++k) {
        std::vector<int> refs(r.count());
        for (int& ref : refs) {
          ref = static_cast<int>(r.zigzag());
          const int64_t index = ref < 0 ? ~static_cast<int64_t>(ref) : ref;
          if (index >= static_cast<int64_t>(arcs.size())) r.bad = true;
        }
        Ring ring = stitch_ring(arcs, refs);
        if (k == 0) poly.outer = std::move(ring);
        else poly.holes.push_back(std::move(ring));
      }
    }
    if (r.bad) return corrupt("countries");
  }
  return features;
}

}  // namespace starcart::charts::geo
