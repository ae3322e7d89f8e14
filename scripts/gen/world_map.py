#!/usr/bin/env python3
"""Generates assets/world-110m.bin from the pinned npm package world-atlas@2.0.2
(.deps/node_modules/world-atlas/countries-110m.json: Natural Earth 1:110m
country shapes as TopoJSON, public domain). Run by hand when the pin changes;
the output is committed (small derived data, about 30 kB).

The binary keeps TopoJSON's own structure: quantized, delta-encoded arcs
stored once (a border shared by two countries is not written twice) and per
country its polygons as rings of arc references (negative = reversed). The
engine turns arcs into rings, projects and triangulates them when the map is
first drawn (src/ui/charts/geo/). Only the encoding changes here: JSON text
becomes varints, which is what keeps the page's download small.

Format (little endian):
  "SCWM" u8 version=1
  f64 scale_x, scale_y, translate_x, translate_y      TopoJSON transform
  varint arc_count, per arc: varint points, then per point zigzag dx, dy
  varint country_count, per country:
    zigzag numeric id (-1: none), varint name length, name (UTF-8),
    varint polygons, per polygon: varint rings, per ring: varint arcs,
    per arc: zigzag arc reference
"""
import json, struct, sys, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, ".deps/node_modules/world-atlas/countries-110m.json")
OUT = os.path.join(ROOT, "assets/world-110m.bin")


def varint(n, out):
    assert n >= 0
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def zigzag(n, out):
    varint((n << 1) if n >= 0 else ((-n << 1) - 1), out)


def main():
    topo = json.load(open(SRC, encoding="utf-8"))
    t = topo["transform"]
    out = bytearray(b"SCWM\x01")
    out += struct.pack("<4d", t["scale"][0], t["scale"][1], t["translate"][0], t["translate"][1])
    varint(len(topo["arcs"]), out)
    for arc in topo["arcs"]:
        varint(len(arc), out)
        for dx, dy in arc:
            zigzag(dx, out)
            zigzag(dy, out)
    geoms = topo["objects"]["countries"]["geometries"]
    varint(len(geoms), out)
    for g in geoms:
        zigzag(int(g["id"]) if "id" in g else -1, out)
        name = g["properties"]["name"].encode("utf-8")
        varint(len(name), out)
        out += name
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        varint(len(polygons), out)
        for poly in polygons:
            varint(len(poly), out)
            for ring in poly:
                varint(len(ring), out)
                for ref in ring:
                    zigzag(ref, out)
    with open(OUT, "wb") as f:
        f.write(out)
    print(f"wrote {OUT}: {len(out)} bytes, {len(topo['arcs'])} arcs, {len(geoms)} countries", file=sys.stderr)


if __name__ == "__main__":  # state_maps.py imports the encoders
    main()
