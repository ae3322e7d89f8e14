#include "ui/charts/geo/triangulate.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <cmath>

namespace starcart::charts::geo {

// Contents: 1. geometry predicates  2. the vertex list  3. bridging holes
//           4. ear clipping  5. the orchestrator

namespace {

// --- 1. geometry predicates --------------------------------------------------

// Twice the signed area of (a, b, c): > 0 when they turn counter-clockwise.
double cross(const Point& a, const Point& b, const Point& c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

bool same(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }

// p inside or on the counter-clockwise triangle (a, b, c).
bool in_triangle(const Point& a, const Point& b, const Point& c, const Point& p) {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

// --- 2. the vertex list --------------------------------------------------------

struct Node {
  Point p;
  uint32_t index;  // into Triangulation::points
  int prev, next;
};

class VertexList {
 public:
  // Appends a ring as a closed cycle; returns its first node.
  int add_ring(const std::vector<uint32_t>& idx, const std::vector<Point>& pts) {
    const int first = static_cast<int>(nodes.size());
    const int n = static_cast<int>(idx.size());
    for (int k = 0; k < n; ++k)
      nodes.push_back({pts[idx[static_cast<size_t>(k)]], idx[static_cast<size_t>(k)], first + (k + n - 1) % n,
                       first + (k + 1) % n});
    return first;
  }
  void remove(int i) {
    Node& n = at(i);
    at(n.prev).next = n.next;
    at(n.next).prev = n.prev;
  }
  Node& at(int i) { return nodes[static_cast<size_t>(i)]; }
  std::vector<Node> nodes;
};

// Point indices of a ring with repeated consecutive points dropped, wound
// counter-clockwise (outer) or clockwise (holes).
std::vector<uint32_t> prepare_ring(const Ring& ring, bool ccw, std::vector<Point>& points) {
  std::vector<uint32_t> idx;
  for (const Point& p : ring) {
    if (!idx.empty() && same(points[idx.back()], p)) continue;
    idx.push_back(static_cast<uint32_t>(points.size()));
    points.push_back(p);
  }
  while (idx.size() > 1 && same(points[idx.front()], points[idx.back()])) idx.pop_back();
  if (idx.size() < 3) return {};
  if ((signed_area(ring) > 0) != ccw) std::reverse(idx.begin(), idx.end());
  return idx;
}

// --- 3. bridging holes -----------------------------------------------------------

// The outer-list node a hole's rightmost vertex m can see: cast a ray from m
// to +x, take the nearest edge it crosses, its endpoint with the larger x,
// and, if reflex vertices lie in the triangle (m, hit, endpoint), the one
// closest in angle to the ray instead (Eberly, section 3).
int find_bridge(VertexList& list, int start, const Point& m) {
  // Rightward ray: nearest crossing with x >= m.x among edges going upwards
  // (counter-clockwise outer ring: the inside is on their left, i.e. west).
  double best_x = INFINITY;
  int edge = -1;
  int i = start;
  do {
    const int j = list.at(i).next;
    const Point& a = list.at(i).p;
    const Point& b = list.at(j).p;
    if (a.y <= m.y && b.y >= m.y && a.y != b.y) {
      const double x = a.x + (m.y - a.y) * (b.x - a.x) / (b.y - a.y);
      if (x >= m.x && x < best_x) {
        best_x = x;
        edge = i;
      }
    }
    i = j;
  } while (i != start);
  if (edge < 0) return -1;
  const Point hit{best_x, m.y};
  const int a = edge, b = list.at(edge).next;
  if (same(list.at(a).p, hit)) return a;
  if (same(list.at(b).p, hit)) return b;
  int p = list.at(a).p.x > list.at(b).p.x ? a : b;
  // Reflex vertices inside (m, hit, p) may block the view: pick the one with
  // the smallest angle to the ray, the nearest on ties.
  const Point pp = list.at(p).p;
  const bool ccw = cross(m, hit, pp) > 0;
  double best_tan = INFINITY, best_d = INFINITY;
  i = start;
  do {
    const Node& n = list.at(i);
    const bool reflex = cross(list.at(n.prev).p, n.p, list.at(n.next).p) <= 0;
    if (i != p && reflex && n.p.x >= m.x && !same(n.p, m) &&
        (ccw ? in_triangle(m, hit, pp, n.p) : in_triangle(m, pp, hit, n.p))) {
      const double t = std::fabs(n.p.y - m.y) / std::max(1e-300, n.p.x - m.x);
      const double d = (n.p.x - m.x) * (n.p.x - m.x) + (n.p.y - m.y) * (n.p.y - m.y);
      if (t < best_tan || (t == best_tan && d < best_d)) {
        best_tan = t;
        best_d = d;
        p = i;
      }
    }
    i = n.next;
  } while (i != start);
  return p;
}

// Splices a hole (its node cycle starting anywhere) into the outer list:
// ... p -> m -> hole ... -> m' -> p' -> (p's old next) ...
void bridge_hole(VertexList& list, int outer_start, int hole_start) {
  int m = hole_start;
  for (int i = list.at(hole_start).next; i != hole_start; i = list.at(i).next)
    if (list.at(i).p.x > list.at(m).p.x || (list.at(i).p.x == list.at(m).p.x && list.at(i).p.y < list.at(m).p.y))
      m = i;
  int p = find_bridge(list, outer_start, list.at(m).p);
  if (p < 0) return;  // a hole outside its outer ring: leave it out
  const int p_next = list.at(p).next;
  const int m_prev = list.at(m).prev;
  // p -> m ... (hole cycle) ... m_prev -> m' -> p' -> p_next
  list.at(p).next = m;
  list.at(m).prev = p;
  const int m2 = static_cast<int>(list.nodes.size());
  list.nodes.push_back({list.at(m).p, list.at(m).index, m_prev, -1});
  list.at(m_prev).next = m2;
  const int p2 = static_cast<int>(list.nodes.size());
  list.nodes.push_back({list.at(p).p, list.at(p).index, m2, p_next});
  list.at(m2).next = p2;
  list.at(p_next).prev = p2;
}

// --- 4. ear clipping ---------------------------------------------------------------

bool is_ear(VertexList& list, int i) {
  const Node& n = list.at(i);
  const Point& a = list.at(n.prev).p;
  const Point& b = n.p;
  const Point& c = list.at(n.next).p;
  if (cross(a, b, c) <= 0) return false;  // reflex or flat
  const double x0 = std::min({a.x, b.x, c.x}), x1 = std::max({a.x, b.x, c.x});
  const double y0 = std::min({a.y, b.y, c.y}), y1 = std::max({a.y, b.y, c.y});
  for (int j = list.at(n.next).next; j != n.prev; j = list.at(j).next) {
    const Point& p = list.at(j).p;
    if (p.x < x0 || p.x > x1 || p.y < y0 || p.y > y1) continue;
    if (same(p, a) || same(p, b) || same(p, c)) continue;  // bridge copies
    if (in_triangle(a, b, c, p)) return false;
  }
  return true;
}

void clip_ears(VertexList& list, int start, int count, std::vector<uint32_t>& out) {
  int i = start;
  auto emit = [&](int k) {
    const Node& n = list.at(k);
    out.push_back(list.at(n.prev).index);
    out.push_back(n.index);
    out.push_back(list.at(n.next).index);
  };
  while (count > 3) {
    int found = -1;
    int k = i;
    for (int s = 0; s < count; ++s, k = list.at(k).next)
      if (is_ear(list, k)) {
        found = k;
        break;
      }
    if (found < 0) {
      // No clean ear (degenerate or self-touching input): drop a flat corner
      // if there is one, else cut the most convex corner.
      double best = -INFINITY;
      k = i;
      for (int s = 0; s < count; ++s, k = list.at(k).next) {
        const Node& n = list.at(k);
        const double c = cross(list.at(n.prev).p, n.p, list.at(n.next).p);
        if (c == 0) {
          best = 0;
          found = k;
          break;
        }
        if (c > best) {
          best = c;
          found = k;
        }
      }
      if (best > 0) emit(found);
    } else {
      emit(found);
    }
    i = list.at(found).next;
    list.remove(found);
    --count;
  }
  const Node& n = list.at(i);
  if (cross(list.at(n.prev).p, n.p, list.at(n.next).p) > 0) emit(i);
}

}  // namespace

double signed_area(const Ring& r) {
  double a = 0;
  for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += (r[j].x * r[i].y - r[i].x * r[j].y);
  return r.empty() ? 0 : a * 0.5;
}

double polygon_area(const Polygon& p) {
  double a = std::fabs(signed_area(p.outer));
  for (const Ring& h : p.holes) a -= std::fabs(signed_area(h));
  return a;
}

double triangulated_area(const Triangulation& t) {
  double a = 0;
  for (size_t k = 0; k + 2 < t.indices.size(); k += 3)
    a += 0.5 * std::fabs(cross(t.points[t.indices[k]], t.points[t.indices[k + 1]], t.points[t.indices[k + 2]]));
  return a;
}

// --- 5. the orchestrator -------------------------------------------------------------

Triangulation triangulate(const Polygon& polygon) {
  Triangulation t;
  std::vector<uint32_t> outer = prepare_ring(polygon.outer, true, t.points);
  if (outer.empty()) return t;
  VertexList list;
  const int start = list.add_ring(outer, t.points);
  // Holes, rightmost first, so that no bridge crosses one made before it.
  std::vector<std::pair<double, std::vector<uint32_t>>> holes;
  for (const Ring& h : polygon.holes) {
    std::vector<uint32_t> idx = prepare_ring(h, false, t.points);
    if (idx.empty()) continue;
    double max_x = -INFINITY;
    for (uint32_t k : idx) max_x = std::max(max_x, t.points[k].x);
    holes.emplace_back(max_x, std::move(idx));
  }
  sort_rows(holes, [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& h : holes) bridge_hole(list, start, list.add_ring(h.second, t.points));
  int count = 1;
  for (int i = list.at(start).next; i != start; i = list.at(i).next) ++count;
  t.indices.reserve(static_cast<size_t>(count - 2) * 3);
  clip_ears(list, start, count, t.indices);
  return t;
}

}  // namespace starcart::charts::geo
