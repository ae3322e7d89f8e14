#include "ui/charts/geo/ring_repair.h"

#include <cmath>

namespace starcart::charts::geo {

namespace {

double cross(const Point& a, const Point& b, const Point& c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

// Proper crossing of segments ab and cd (touching does not count); the
// crossing point in `x`.
bool crossing(const Point& a, const Point& b, const Point& c, const Point& d, Point& x) {
  const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (!(d1 * d2 < 0 && d3 * d4 < 0)) return false;
  const double t = d1 / (d1 - d2);
  x = {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
  return true;
}

}  // namespace

Ring clip_at_x(const Ring& ring, double x0, bool keep_left) {
  Ring out;
  const size_t n = ring.size();
  auto inside = [&](const Point& p) { return keep_left ? p.x <= x0 : p.x >= x0; };
  for (size_t i = 0; i < n; ++i) {
    const Point& a = ring[i];
    const Point& b = ring[(i + 1) % n];
    if (inside(a)) out.push_back(a);
    if (inside(a) != inside(b) && a.x != b.x) {
      const double t = (x0 - a.x) / (b.x - a.x);
      out.push_back({x0, a.y + (b.y - a.y) * t});
    }
  }
  // Drop repeats the cut may have made.
  Ring clean;
  for (const Point& p : out)
    if (clean.empty() || clean.back().x != p.x || clean.back().y != p.y) clean.push_back(p);
  while (clean.size() > 1 && clean.front().x == clean.back().x && clean.front().y == clean.back().y) clean.pop_back();
  return clean.size() >= 3 ? clean : Ring{};
}

std::vector<Ring> split_at_antimeridian(const Ring& ring) {
  const size_t n = ring.size();
  bool crosses = false;
  for (size_t i = 0; i < n && !crosses; ++i) crosses = std::fabs(ring[(i + 1) % n].x - ring[i].x) > 180;  // closing step too
  if (n < 3 || !crosses) return {ring};
  // Unwrap: every step of more than 180 degrees is taken the short way round.
  Ring u;
  double offset = 0, lat_sum = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) {
      const double step = ring[i].x - ring[i - 1].x;
      if (step > 180) offset -= 360;
      if (step < -180) offset += 360;
    }
    u.push_back({ring[i].x + offset, ring[i].y});
    lat_sum += ring[i].y;
  }
  // The closing step back to the first point.
  double close = ring[0].x - ring[n - 1].x;
  if (close > 180) offset -= 360;
  if (close < -180) offset += 360;
  if (offset != 0) {
    // The ring goes once around a pole: close it over that pole.
    const double pole = lat_sum < 0 ? -90 : 90;
    const double end_x = ring[0].x + offset;
    u.push_back({end_x, ring[0].y});
    u.push_back({end_x, pole});
    u.push_back({ring[0].x, pole});
  }
  // Cut into the window [-180, 180] and the parts beyond it, shifted back.
  std::vector<Ring> pieces;
  auto add = [&](Ring r, double shift) {
    if (r.empty()) return;
    for (Point& p : r) p.x += shift;
    pieces.push_back(std::move(r));
  };
  add(clip_at_x(clip_at_x(u, 180, true), -180, false), 0);
  add(clip_at_x(u, 180, false), -360);
  add(clip_at_x(u, -180, true), 360);
  return pieces;
}

int remove_self_crossings(Ring& ring, int max_loop) {
  int removed = 0;
  for (int guard = 0; guard < 64; ++guard) {
    const int n = static_cast<int>(ring.size());
    if (n < 5) return removed;
    bool fixed = false;
    // Edge i (ring[i] -> ring[i+1]) against edge i+k, for the shortest loops first.
    for (int k = 2; k <= max_loop + 1 && k < n - 1 && !fixed; ++k)
      for (int i = 0; i < n && !fixed; ++i) {
        const int j = (i + k) % n;
        Point x;
        if (!crossing(ring[static_cast<size_t>(i)], ring[static_cast<size_t>((i + 1) % n)], ring[static_cast<size_t>(j)],
                      ring[static_cast<size_t>((j + 1) % n)], x))
          continue;
        // The loop is ring[i+1] .. ring[j]: replace it by the crossing point.
        Ring out;
        out.push_back(x);
        for (int m = (j + 1) % n; m != (i + 1) % n; m = (m + 1) % n) out.push_back(ring[static_cast<size_t>(m)]);
        ring = std::move(out);
        ++removed;
        fixed = true;
      }
    if (!fixed) return removed;
  }
  return removed;
}

}  // namespace starcart::charts::geo
