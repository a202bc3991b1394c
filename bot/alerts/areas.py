"""Areas an alert covers, drawn on the console's map (issue 12): circles and polygons, and
the Redis GEO arithmetic that selects the subscribers inside them in bulk.

- distances: ``haversine_m``; ``within_m`` with the Earth radius GEOSEARCH uses;
- polygons: ``parse_polygon`` (BadArea, a catalog text ``geo_area_*``), ``point_in_polygon``
  and ``points_in_polygon`` (numpy, the same test on arrays), ``bounding_circle``;
- GEO sorted-set scores: ``geohash_decode`` (scores to coordinates, as GEOPOS answers) and
  ``geohash_ranges`` (the score ranges that hold a box).

It is separate from bot.alerts.geo (postcodes, ZIPs and radii read from what people type)
because it is geometry on coordinates already known: no lookup data, no parsing of words."""
from __future__ import annotations

from bot.messaging import catalog

EARTH_RADIUS_M = 6371008.8


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


class BadArea(catalog.Said):
    """A polygon we cannot use; the message is safe to show the officer."""


MAX_POLYGON_POINTS = 500


def parse_polygon(points) -> list[tuple[float, float]]:
    """A list of (lat, lon) pairs (3 to MAX_POLYGON_POINTS, closing point optional) ->
    the ring without its closing point; BadArea for anything else."""
    try:
        ring = [(float(p[0]), float(p[1])) for p in points]
    except (TypeError, ValueError, IndexError):
        raise BadArea.of("geo_area_points") from None
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        raise BadArea.of("geo_area_few")
    if len(ring) > MAX_POLYGON_POINTS:
        raise BadArea.of("geo_area_many", n=MAX_POLYGON_POINTS)
    for lat, lon in ring:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or lat != lat or lon != lon:
            raise BadArea.of("geo_area_bad_point")
    if abs(_signed_area(ring)) < 1e-12:
        raise BadArea.of("geo_area_flat")
    return ring


def _signed_area(ring) -> float:
    return sum(ring[i - 1][1] * ring[i][0] - ring[i][1] * ring[i - 1][0] for i in range(len(ring))) / 2


def point_in_polygon(lat: float, lon: float, ring) -> bool:
    """Even-odd ray casting on (lat, lon) as plane coordinates: right for the areas an
    alert covers (at most ALERT_MAX_RADIUS_KM across, none over a pole or the 180th
    meridian). Points exactly on an edge may fall either side. ``points_in_polygon``
    is the same test on arrays (tests compare the two)."""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        yi, xi = ring[i]
        yj, xj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def bounding_circle(ring) -> tuple[float, float, float]:
    """(lat, lon, radius_m) of a circle holding every point of the polygon: the
    centre of its bounding box and the farthest vertex, plus a metre for GEO's precision."""
    lats = [p[0] for p in ring]
    lons = [p[1] for p in ring]
    lat, lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    return lat, lon, max(haversine_m(lat, lon, a, b) for a, b in ring) + 1.0


def points_in_polygon(lats, lons, ring):
    """``point_in_polygon`` for arrays of points at once (numpy bool array)."""
    import numpy as np

    lat = np.asarray(lats, dtype=np.float64)
    lon = np.asarray(lons, dtype=np.float64)
    inside = np.zeros(lat.shape, dtype=bool)
    j = len(ring) - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        for i in range(len(ring)):
            yi, xi = ring[i]
            yj, xj = ring[j]
            if yi != yj:
                crosses = (yi > lat) != (yj > lat)
                inside ^= crosses & (lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
            j = i
    return inside


# Redis GEO: a 52-bit geohash, latitude bits at even and longitude bits at odd positions
# (26 steps each), over these ranges (geohash.h); GEOPOS answers each cell's centre.
_GEO_LAT = (-85.05112878, 85.05112878)
_GEO_LON = (-180.0, 180.0)


def geohash_decode(scores):
    """(lats, lons) numpy arrays for Redis GEO sorted-set scores, as GEOPOS would answer."""
    import numpy as np

    bits = np.asarray(scores, dtype=np.float64).astype(np.uint64)

    def squash(x):
        x = x & np.uint64(0x5555555555555555)
        for shift, mask in ((1, 0x3333333333333333), (2, 0x0F0F0F0F0F0F0F0F), (4, 0x00FF00FF00FF00FF),
                            (8, 0x0000FFFF0000FFFF), (16, 0x00000000FFFFFFFF)):
            x = (x | (x >> np.uint64(shift))) & np.uint64(mask)
        return x.astype(np.float64)

    cells = float(1 << 26)
    lat = _GEO_LAT[0] + (squash(bits) + 0.5) * (_GEO_LAT[1] - _GEO_LAT[0]) / cells
    lon = _GEO_LON[0] + (squash(bits >> np.uint64(1)) + 0.5) * (_GEO_LON[1] - _GEO_LON[0]) / cells
    return lat, lon


def _interleave(lat_idx: int, lon_idx: int) -> int:
    out = 0
    for bit in range(26):
        out |= ((lat_idx >> bit) & 1) << (2 * bit) | ((lon_idx >> bit) & 1) << (2 * bit + 1)
    return out


def geohash_ranges(lat_min: float, lat_max: float, lon_min: float, lon_max: float,
                   per_axis: int = 8) -> list[tuple[int, int]]:
    """Redis GEO score ranges [lo, hi) that together hold every point of the box: the
    cells of the finest level at which the box spans at most ``per_axis`` cells each
    way (so at most per_axis**2 cells, neighbours in geohash order merged into one
    range). Finer cells read fewer points outside the box; each range is one read."""
    lat_min, lat_max = max(lat_min, _GEO_LAT[0]), min(lat_max, _GEO_LAT[1])
    lon_min, lon_max = max(lon_min, _GEO_LON[0]), min(lon_max, _GEO_LON[1])
    if lat_min > lat_max or lon_min > lon_max:
        return []
    lat_span, lon_span = _GEO_LAT[1] - _GEO_LAT[0], _GEO_LON[1] - _GEO_LON[0]

    def index(value: float, low: float, span: float, cells: int) -> int:
        return min(cells - 1, max(0, int((value - low) / span * cells)))

    for step in range(26, -1, -1):
        cells = 1 << step
        lat_lo, lat_hi = index(lat_min, _GEO_LAT[0], lat_span, cells), index(lat_max, _GEO_LAT[0], lat_span, cells)
        lon_lo, lon_hi = index(lon_min, _GEO_LON[0], lon_span, cells), index(lon_max, _GEO_LON[0], lon_span, cells)
        if lat_hi - lat_lo < per_axis and lon_hi - lon_lo < per_axis:
            break
    shift = 2 * (26 - step)
    found = sorted(_interleave(a, b) << shift for a in range(lat_lo, lat_hi + 1) for b in range(lon_lo, lon_hi + 1))
    ranges: list[tuple[int, int]] = []
    for lo in found:
        if ranges and ranges[-1][1] == lo:
            ranges[-1] = (ranges[-1][0], lo + (1 << shift))
        else:
            ranges.append((lo, lo + (1 << shift)))
    return ranges


REDIS_EARTH_RADIUS_M = 6372797.560856    # the radius GEOSEARCH measures with (geohash_helper.c)


def within_m(lats, lons, lat: float, lon: float, radius_m: float):
    """numpy bool array: which points are within ``radius_m`` of (lat, lon), by the
    haversine formula and Earth radius GEOSEARCH uses (so the same points, up to
    rounding in the last bit at the very edge)."""
    import numpy as np

    la1, lo1 = np.radians(lat), np.radians(lon)
    la2, lo2 = np.radians(np.asarray(lats, dtype=np.float64)), np.radians(np.asarray(lons, dtype=np.float64))
    u, v = np.sin((la2 - la1) / 2), np.sin((lo2 - lo1) / 2)
    d = 2.0 * REDIS_EARTH_RADIUS_M * np.arcsin(np.sqrt(u * u + np.cos(la1) * np.cos(la2) * v * v))
    return d <= radius_m
