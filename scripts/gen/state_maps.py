#!/usr/bin/env python3
"""Generates the state map assets from pinned npm packages (issue 11). Run by
hand when a pin changes; the outputs are committed (small derived data):

  assets/states-us.bin  us-atlas@3.0.1 states-albers-10m.json (U.S. Census
                        Bureau shapes, ISC): 50 states and DC, already in
                        d3's Albers USA projection (Alaska and Hawaii as
                        insets), 975 x 610 pixels. Puerto Rico is not in it.
  assets/states-br.bin  @react-jvectormap/brazil@1.0.1 brMill.json (MIT):
                        the 27 federative units as SVG paths in the Miller
                        projection, 220,000 x 194,010 units.

They are NOT compiled into the page (the download budget is 1 MB gzipped):
the page fetches one when the Geography tab shows that country's states
(web/glue.js), natively they are read from the file.

Both are written in world_map.py's format ("SCWM" v1: quantized, delta
encoded arcs stored once and per shape rings of arc references; see
src/ui/charts/geo/topology.h), but their coordinates are already projected
(planar, y up) instead of longitude/latitude, and each shape's numeric id is
the state's code: FIPS for the US, IBGE for Brazil.

What is done to the sources:
  1. coordinates are scaled to about 1,000 units across; us-atlas's are
     re-quantized to a grid of QUANTUM units (less than a pixel where the map
     is drawn), jvectormap's keep their own integer grid (a coarser one
     merges neighbouring points into rings that touch themselves);
  2. Brazil's paths (one closed path per piece, shared borders written twice)
     lose their collinear points and are split where they pass a point twice
     (simple_loops), then are cut into a topology: a ring is split where the set of shapes using
     a point changes, and each border is kept once, so neighbours share it;
  3. every arc is simplified by Douglas-Peucker with its ends fixed (shared
     borders stay shared: both neighbours use the one simplified arc), less
     where that would make a ring cross itself;
  4. islands smaller than MIN_AREA square units are dropped (never a shape's
     largest piece).
"""
import json, os, re, struct, sys

from world_map import varint, zigzag  # the atlas format's integer encoders

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
US_SRC = os.path.join(ROOT, ".deps/node_modules/us-atlas/states-albers-10m.json")
BR_SRC = os.path.join(ROOT, ".deps/node_modules/@react-jvectormap/brazil/brMill.json")

QUANTUM = 0.25     # output grid, in map units (the maps are ~1,000 units wide)
TOLERANCE = 0.3    # Douglas-Peucker, map units
MIN_AREA = 6.0     # smallest island kept, square map units

# jvectormap's keys are the UF codes; IBGE's numeric codes name the shapes.
IBGE = {"ro": 11, "ac": 12, "am": 13, "rr": 14, "pa": 15, "ap": 16, "to": 17, "ma": 21, "pi": 22,
        "ce": 23, "rn": 24, "pb": 25, "pe": 26, "al": 27, "se": 28, "ba": 29, "mg": 31, "es": 32,
        "rj": 33, "sp": 35, "pr": 41, "sc": 42, "rs": 43, "ms": 50, "mt": 51, "go": 52, "df": 53}


def dp(points, tol):
    """Douglas-Peucker keeping both ends; points are (x, y) tuples."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        L = (dx * dx + dy * dy) ** 0.5
        best, far = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dx * (py - ay) - dy * (px - ax)) / L if L > 0 else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, far = d, i
        if far >= 0 and best > tol:
            keep[far] = True
            stack.append((a, far))
            stack.append((far, b))
    return [p for p, k in zip(points, keep) if k]


def simplify_arc(arc, tol):
    if arc[0] == arc[-1] and len(arc) > 3:  # a closed ring: fix its farthest point too
        far = max(range(len(arc)), key=lambda i: (arc[i][0] - arc[0][0]) ** 2 + (arc[i][1] - arc[0][1]) ** 2)
        out = dp(arc[: far + 1], tol)[:-1] + dp(arc[far:], tol)
        return out if len(out) >= 4 else arc[:: max(1, len(arc) // 4)] + [arc[-1]]
    return dp(arc, tol)


def crossing_arcs(arcs, refs):
    """The arcs (indices) holding edges of the ring that cross each other."""
    pts, owner = [], []
    for r in refs:
        a = arcs[r] if r >= 0 else list(reversed(arcs[~r]))
        for k, p in enumerate(a):
            if k == 0 and pts:
                continue
            pts.append(p)
            owner.append(r if r >= 0 else ~r)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
        owner.pop()
    n = len(pts)
    if n < 4:
        return set()

    def o(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    cell, grid, out = 64, {}, set()
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        for gx in range(min(a[0], b[0]) // cell, max(a[0], b[0]) // cell + 1):
            for gy in range(min(a[1], b[1]) // cell, max(a[1], b[1]) // cell + 1):
                grid.setdefault((gx, gy), []).append(i)
    for ids in grid.values():
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                i, j = ids[x], ids[y]
                if abs(i - j) <= 1 or abs(i - j) == n - 1:
                    continue
                a, b, c, d = pts[i], pts[(i + 1) % n], pts[j], pts[(j + 1) % n]
                if o(a, b, c) * o(a, b, d) < 0 and o(c, d, a) * o(c, d, b) < 0:
                    out.update((owner[i], owner[(i + 1) % n], owner[j], owner[(j + 1) % n]))
    return out


def ring_area(ring):
    return 0.5 * sum(ring[i][0] * ring[i - 1][1] - ring[i - 1][0] * ring[i][1] for i in range(len(ring)))


def quantize(x, y, quantum=QUANTUM):
    return (round(x / quantum), round(y / quantum))


def dedupe(points):
    out = [points[0]]
    for p in points[1:]:
        if p != out[-1]:
            out.append(p)
    return out


def drop_collinear(ring):
    """Without the points exactly in line with their neighbours (straight runs,
    and spikes out and back along one line): no area either way, but they
    leave ear clipping no clean ear."""
    changed = True
    while changed and len(ring) >= 3:
        changed, out = False, []
        for i, p in enumerate(ring):
            a = out[-1] if out else ring[i - 1]
            b = ring[(i + 1) % len(ring)]
            if (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]) == 0:
                changed = True
                continue
            out.append(p)
        ring = out
    return ring if len(ring) >= 3 else []


def simple_loops(ring):
    """A ring that passes a point twice (jvectormap's coastlines do, where a
    bay narrows to one point) as its simple loops; loops turning the other
    way than the ring enclose water and are dropped."""
    ring = drop_collinear(ring)
    if not ring:
        return []
    sign = ring_area(ring) > 0
    loops, path, where = [], [], {}
    for p in ring:
        if p not in where:
            where[p] = len(path)
            path.append(p)
            continue
        k = where[p]
        loops.append(path[k:])
        for q in path[k + 1:]:
            del where[q]
        path = path[: k + 1]
    loops.append(path)
    out = []
    for loop in loops:
        loop = drop_collinear(loop)
        if len(loop) >= 3 and (ring_area(loop) > 0) == sign:
            out.append(loop)
    return out


def topology_from_rings(shapes):
    """shapes: [(id, name, [[ring of grid points, closed implicitly], ...])] with
    one ring per polygon (no holes). Returns arcs and per shape polygons of
    arc references."""
    users = {}
    for si, (_, _, rings) in enumerate(shapes):
        for ring in rings:
            for p in ring:
                users.setdefault(p, set()).add(si)
    arcs, index, out = [], {}, []
    for si, (sid, name, rings) in enumerate(shapes):
        polys = []
        for ring in rings:
            n = len(ring)
            cut = [i for i in range(n) if users[ring[i]] != users[ring[i - 1]] or users[ring[i]] != users[ring[(i + 1) % n]]]
            if not cut:
                cut = [0]
            refs = []
            for k, start in enumerate(cut):
                end = cut[(k + 1) % len(cut)]
                seg = [ring[(start + j) % n] for j in range(((end - start) % n or n) + 1)]
                fwd, rev = tuple(seg), tuple(reversed(seg))
                key = min(fwd, rev)
                if key not in index:
                    index[key] = len(arcs)
                    arcs.append(list(key))
                refs.append(index[key] if key == fwd else ~index[key])
            polys.append([refs])
        out.append((sid, name, polys))
    return arcs, out


def ring_points(arcs, refs):
    pts = []
    for r in refs:
        a = arcs[r] if r >= 0 else list(reversed(arcs[~r]))
        pts.extend(a if not pts else a[1:])
    return pts


def finish(arcs, shapes, path, quantum):
    """Simplifies arcs, drops small islands, renumbers the arcs in use and writes."""
    # Simplification can make a ring cross itself (a narrow bay's sides come
    # together): the arcs holding the crossing edges are simplified again with
    # half the tolerance, down to none, until no ring crosses itself.
    source = [dedupe(a) for a in arcs]
    tol = [TOLERANCE / quantum] * len(source)
    arcs = [simplify_arc(a, t) for a, t in zip(source, tol)]
    for _ in range(8):
        bad = set()
        for _, _, polys in shapes:
            for p in polys:
                for ring in p:
                    bad.update(crossing_arcs(arcs, ring))
        if not bad:
            break
        for a in bad:
            tol[a] = tol[a] / 2 if tol[a] > 0.1 / quantum else 0
            arcs[a] = simplify_arc(source[a], tol[a]) if tol[a] > 0 else source[a]
    kept_shapes, used = [], {}
    for sid, name, polys in shapes:
        areas = [abs(ring_area(ring_points(arcs, p[0]))) * quantum * quantum for p in polys]
        biggest = max(range(len(polys)), key=lambda i: areas[i])
        keep = [p for i, p in enumerate(polys) if i == biggest or areas[i] >= MIN_AREA]
        for p in keep:
            for ring in p:
                for r in ring:
                    used.setdefault(r if r >= 0 else ~r, len(used))
        kept_shapes.append((sid, name, keep))
    order = sorted(used, key=lambda a: used[a])
    sx, sy, tx, ty = quantum, quantum, 0.0, 0.0
    out = bytearray(b"SCWM\x01")
    out += struct.pack("<4d", sx, sy, tx, ty)
    varint(len(order), out)
    points = 0
    for a in order:
        arc = arcs[a]
        varint(len(arc), out)
        px = py = 0
        for x, y in arc:
            zigzag(x - px, out)
            zigzag(y - py, out)
            px, py = x, y
        points += len(arc)
    varint(len(kept_shapes), out)
    for sid, name, polys in kept_shapes:
        zigzag(sid, out)
        nb = name.encode("utf-8")
        varint(len(nb), out)
        out += nb
        varint(len(polys), out)
        for poly in polys:
            varint(len(poly), out)
            for ring in poly:
                varint(len(ring), out)
                for r in ring:
                    zigzag(used[r] if r >= 0 else ~used[~r], out)
    with open(path, "wb") as f:
        f.write(out)
    print(f"wrote {path}: {len(out)} bytes, {len(order)} arcs, {points} points, {len(kept_shapes)} shapes",
          file=sys.stderr)


def us():
    topo = json.load(open(US_SRC, encoding="utf-8"))
    (kx, ky), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append(quantize(x * kx + tx, -(y * ky + ty)))  # pixels, y flipped to grow northwards
        arcs.append(pts)
    shapes = []
    for g in topo["objects"]["states"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        shapes.append((int(g["id"]), g["properties"]["name"], polys))
    finish(arcs, shapes, os.path.join(ROOT, "assets/states-us.bin"), QUANTUM)


def brazil():
    content = json.load(open(BR_SRC, encoding="utf-8"))["content"]
    scale = 1000.0 / content["width"]  # to about 1,000 units across
    shapes = []
    for key in sorted(content["paths"]):
        entry = content["paths"][key]
        rings, ring, x, y, x0, y0 = [], [], 0.0, 0.0, 0.0, 0.0
        for cmd, args in re.findall(r"([MmLlZz])([^MmLlZz]*)", entry["path"]):
            nums = [float(v) for v in args.split()]
            if cmd in "Zz":  # SVG: the pen returns to the subpath's start
                if len(ring) > 2:
                    rings.append(ring)
                ring, x, y = [], x0, y0
                continue
            if cmd in "Mm" and len(ring) > 2:
                rings.append(ring)
            if cmd in "Mm":
                ring = []
            for k in range(0, len(nums) - 1, 2):
                if cmd in "ML":
                    x, y = nums[k], nums[k + 1]
                else:
                    x, y = x + nums[k], y + nums[k + 1]
                if cmd in "Mm" and k == 0:
                    x0, y0 = x, y
                ring.append(quantize(x * scale, -y * scale, scale))  # the source's own integer grid
        if len(ring) > 2:
            rings.append(ring)
        rings = [r for r in (dedupe(r) for r in rings) if len(r) > 2]
        rings = [r[:-1] if r[0] == r[-1] else r for r in rings]
        rings = [loop for r in rings for loop in simple_loops(r)]
        shapes.append((IBGE[key], entry["name"], rings))
    arcs, topo_shapes = topology_from_rings(shapes)
    finish(arcs, topo_shapes, os.path.join(ROOT, "assets/states-br.bin"), scale)


us()
brazil()
