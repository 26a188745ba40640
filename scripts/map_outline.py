"""Writes the base map used when no tile server is configured: the outline of Germany and
of its neighbours as GeoJSON, cut from the Natural Earth country borders (public domain)
that the npm package world-atlas ships as TopoJSON.

    python scripts/map_outline.py node_modules/world-atlas/countries-50m.json OUT.geojson

Called by scripts/build_assets.sh. Coordinates are rounded to 0.001° (about 100 m); only
polygons near Germany are kept (France's overseas regions are not).
"""

import json
import sys

GERMANY = "276"
NEIGHBOURS = {"040", "056", "203", "208", "250", "442", "528", "616", "756"}
# Polygons are kept when their bounding box meets this one (west, south, east, north).
AREA = (-2.0, 43.0, 25.0, 59.0)


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    move_x, move_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * scale_x + move_x, 3), round(y * scale_y + move_y, 3)))
        arcs.append(points)
    return arcs


def ring(indices, arcs):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    # Rounding can merge neighbouring points; drop the repeats.
    cleaned = [points[0]]
    for point in points[1:]:
        if point != cleaned[-1]:
            cleaned.append(point)
    return [list(point) for point in cleaned]


def near(polygon):
    xs = [x for x, _y in polygon[0]]
    ys = [y for _x, y in polygon[0]]
    west, south, east, north = AREA
    return max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north


def polygons(geometry, arcs):
    parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    result = []
    for part in parts:
        polygon = [ring(indices, arcs) for indices in part]
        if len(polygon[0]) >= 4 and near(polygon):
            result.append(polygon)
    return result


def main(source, target):
    with open(source, encoding="utf-8") as file:
        topology = json.load(file)
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if code != GERMANY and code not in NEIGHBOURS:
            continue
        parts = polygons(geometry, arcs)
        if not parts:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"country": code, "germany": code == GERMANY},
                "geometry": {"type": "MultiPolygon", "coordinates": parts},
            }
        )
    # Germany last, so that it is drawn on top of its neighbours' borders.
    features.sort(key=lambda feature: feature["properties"]["germany"])
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:50m country borders (public domain), via world-atlas",
        "features": features,
    }
    with open(target, "w", encoding="utf-8") as file:
        json.dump(collection, file, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:3])
